import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { ROLES_BY_KIND, isOrganisationKind } from '$lib/office/organisation-roles';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

/** One organisation with its users (paged by the API): create a user, disable or enable, unlock. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const id = event.params.id;
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const { data: organisation } = await client.GET('/organisations/{id}', { params: { path: { id } } });
  if (!organisation) error(404, { message: m.error_not_found_body() });
  const { data: users } = await client.GET('/organisations/{id}/users', {
    params: { path: { id }, query: { limit: 100, cursor } },
  });
  return {
    organisation,
    roles: isOrganisationKind(organisation.kind) ? ROLES_BY_KIND[organisation.kind] : [],
    users: users?.items ?? [],
    nextCursor: users?.nextCursor ?? null,
    created: event.url.searchParams.has('created'),
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
type Role = 'office-admin';

export const actions: Actions = {
  /** Create a user of this organisation with a first password they change on their own. */
  createUser: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values = {
      login: text(form, 'login'),
      displayName: text(form, 'displayName'),
      roles: form.getAll('roles').map(String),
    };
    const password = String(form.get('password') ?? '');
    const fields: Record<string, string> = {};
    if (!values.login) fields.login = m.orgs_user_login_missing();
    if (!values.displayName) fields.displayName = m.orgs_user_name_missing();
    if (password.length < 12) fields.password = m.orgs_user_password_short();
    if (values.roles.length === 0) fields.roles = m.orgs_user_roles_missing();
    if (Object.keys(fields).length)
      return fail(400, { action: 'createUser' as const, values, fields, message: null as string | null });
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/organisations/{id}/users', {
      params: { path: { id: event.params.id } },
      body: { login: values.login, displayName: values.displayName, password, roles: values.roles as Role[] },
    });
    if (!data) {
      const p = readProblem(problem, m.orgs_failed());
      const fields = Object.fromEntries(
        Object.entries(p.fields).map(([name, t]) => [/^\d+$/.test(name) ? 'roles' : name, t]),
      );
      return fail(response.status, { action: 'createUser' as const, values, fields, message: p.message });
    }
    return { action: 'createUser' as const, done: true, login: data.login };
  },

  /** Disable a user (their sessions end) or enable them again. */
  setDisabled: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const userId = text(form, 'userId');
    const {
      data,
      error: problem,
      response,
    } = await api(event).PATCH('/users/{id}', {
      params: { path: { id: userId } },
      body: { disabled: text(form, 'disabled') === 'true' },
    });
    if (!data) {
      const p = readProblem(problem, m.orgs_failed());
      return fail(response.status, { action: 'user' as const, userId, message: p.message });
    }
    return { action: 'user' as const, done: true, userId };
  },

  /** Lift the lock failed sign-ins put on an account. */
  unlock: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const userId = text(form, 'userId');
    const { error: problem, response } = await api(event).POST('/users/{id}/unlock', {
      params: { path: { id: userId } },
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    if (problem !== undefined) {
      const p = readProblem(problem, m.orgs_failed());
      return fail(response.status, { action: 'user' as const, userId, message: p.message });
    }
    return { action: 'user' as const, done: true, userId };
  },
};
