import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

async function roundOf(event: RequestEvent) {
  const { data: round } = await api(event).GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode ?? '' } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  return round;
}

/** 接续: the office makes the renewal round of this one. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const round = await roundOf(event);
  return { round: { id: round.id, code: round.code, name: round.name, state: round.state } };
};

export const actions: Actions = {
  /** The renewal round, a draft; then on to its set-up page. */
  default: async (event) => {
    requireOfficeAdmin(event);
    const round = await roundOf(event);
    const form = await event.request.formData();
    const values = {
      code: String(form.get('code') ?? '').trim(),
      name: String(form.get('name') ?? '').trim(),
    };
    const fields: Record<string, string> = {};
    if (!values.code) fields.code = m.renewal_code_missing();
    if (!values.name) fields.name = m.renewal_name_missing();
    if (Object.keys(fields).length) return fail(400, { values, fields, message: null });
    const answer = await api(event).POST('/rounds/{roundId}/renewal', {
      params: { path: { roundId: round.id } },
      body: values,
    });
    if (answer.error !== undefined) {
      const problem = readProblem(answer.error, m.office_failed());
      return fail(answer.response.status, { values, fields: problem.fields, message: problem.message });
    }
    redirect(303, `/office/rounds/${encodeURIComponent(answer.data.code)}/setup`);
  },
};
