import { redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { SESSION_COOKIE } from '$lib/server/actor';
import type { Actions, PageServerLoad } from './$types';

// signing out changes state, so it is a POST (a GET of /logout only goes home)
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    await api(event).POST('/auth/logout');
    event.cookies.delete(SESSION_COOKIE, { path: '/' });
    redirect(303, '/');
  },
};
