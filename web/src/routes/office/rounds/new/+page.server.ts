import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { BASE_NAMES } from '$lib/office/setup/ruleset-base.server';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const { data } = await api(event).GET('/regions');
  if (!data) error(502, { message: m.office_unavailable() });
  return { regions: data.items, rulesets: BASE_NAMES };
};

export const actions: Actions = {
  /** A draft round; then on to its set-up page. */
  default: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values = { code: text('code'), name: text('name'), ruleset: text('ruleset') };
    const regionCodes = form.getAll('regionCodes').map(String);
    const fields: Record<string, string> = {};
    if (!values.code) fields.code = m.setup_code_missing();
    if (!values.name) fields.name = m.setup_name_missing();
    if (regionCodes.length === 0) fields.regionCodes = m.setup_regions_missing();
    if (Object.keys(fields).length) return fail(400, { values, regionCodes, fields, message: null });
    const answer = await api(event).POST('/rounds', { body: { ...values, regionCodes } });
    if (answer.error !== undefined) {
      const problem = readProblem(answer.error, m.office_failed());
      // `regionCodes[2]` → the regions' fieldset
      const named = Object.entries(problem.fields).map(([k, v]) => [k.replace(/\[\d+\]$/, ''), v]);
      return fail(answer.response.status, {
        values,
        regionCodes,
        fields: Object.fromEntries(named),
        message: problem.message,
      });
    }
    redirect(303, `/office/rounds/${encodeURIComponent(answer.data.code)}/setup`);
  },
};
