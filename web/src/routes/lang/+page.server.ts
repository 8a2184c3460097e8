import { redirect } from '@sveltejs/kit';
import { locales } from '$lib/paraglide/runtime';
import { safeNext } from '$lib/server/next';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

/** The language toggle: a cookie (so it works without JavaScript), then back where the visitor was. */
export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const wanted = String(form.get('locale') ?? '');
    const locale = (locales as readonly string[]).includes(wanted) ? wanted : 'zh-CN';
    cookies.set('jicai_lang', locale, {
      path: '/',
      httpOnly: false,
      sameSite: 'lax',
      maxAge: 31_536_000,
      secure: url.protocol === 'https:',
    });
    redirect(303, safeNext(String(form.get('next') ?? '/')));
  },
};
