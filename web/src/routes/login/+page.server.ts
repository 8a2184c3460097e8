import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { SESSION_COOKIE } from '$lib/server/actor';
import { readProblem } from '$lib/server/problem';
import { safeNext } from '$lib/server/next';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.actor) redirect(303, safeNext(url.searchParams.get('next')));
  return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const login = String(form.get('login') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const next = safeNext(String(form.get('next') ?? '/'));
    const missing: Record<string, string> = {};
    if (!login) missing.login = m.login_missing_login();
    if (!password) missing.password = m.login_missing_password();
    if (Object.keys(missing).length)
      return fail(400, { login, fields: missing, message: null as string | null });

    const { data, error, response } = await api(event).POST('/auth/login', { body: { login, password } });
    if (error || !data) {
      const problem = readProblem(error, m.login_failed());
      return fail(response.status, { login, fields: problem.fields, message: problem.message });
    }
    // the API set its session cookie on its own answer; the browser gets it from ours
    const token = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
      ?.slice(SESSION_COOKIE.length + 1);
    if (!token) return fail(500, { login, fields: {} as Record<string, string>, message: m.login_failed() });
    event.cookies.set(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
      expires: new Date(data.expiresAt),
    });
    redirect(303, next);
  },
};
