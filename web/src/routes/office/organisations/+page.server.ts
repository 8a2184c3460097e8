import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { isOrganisationKind } from '$lib/office/organisation-roles';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/**
 * 机构与用户: tens of thousands of institutions, filtered and paged by the API (kind, region, a part
 * of the name or the 统一社会信用代码); never loaded whole into the page.
 */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const params = event.url.searchParams;
  const kind = params.get('kind');
  const filter = {
    kind: isOrganisationKind(kind) ? kind : ('' as const),
    regionCode: params.get('regionCode')?.trim() ?? '',
    q: params.get('q')?.trim() ?? '',
  };
  const cursor = params.get('cursor') ?? undefined;
  const [organisations, regions] = await Promise.all([
    client.GET('/organisations', {
      params: {
        query: {
          limit: PAGE_SIZE,
          cursor,
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(filter.regionCode ? { regionCode: filter.regionCode } : {}),
          ...(filter.q ? { q: filter.q } : {}),
        },
      },
    }),
    client.GET('/regions'),
  ]);
  return {
    filter,
    organisations: organisations.data?.items ?? [],
    nextCursor: organisations.data?.nextCursor ?? null,
    firstPage: cursor === undefined,
    regions: (regions.data?.items ?? []).map((r) => ({ code: r.code, name: r.name })),
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions: Actions = {
  /** Register an organisation; its page follows, where its users are made. */
  create: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values = {
      kind: text(form, 'kind'),
      name: text(form, 'name'),
      uscc: text(form, 'uscc'),
      regionCode: text(form, 'regionCode'),
    };
    const fields: Record<string, string> = {};
    if (!isOrganisationKind(values.kind)) fields.kind = m.orgs_kind_missing();
    if (!values.name) fields.name = m.orgs_name_missing();
    if (Object.keys(fields).length) return fail(400, { values, fields, message: null as string | null });
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/organisations', {
      body: {
        kind: values.kind as 'office',
        name: values.name,
        ...(values.uscc ? { uscc: values.uscc } : {}),
        ...(values.regionCode ? { regionCode: values.regionCode } : {}),
      },
    });
    if (!data) {
      const p = readProblem(problem, m.orgs_failed());
      return fail(response.status, { values, fields: p.fields, message: p.message });
    }
    redirect(303, `/office/organisations/${data.id}?created=1`);
  },
};
