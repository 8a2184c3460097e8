import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

/** The region-selection room as it stands: server-rendered, so it works without JavaScript. */
export const load: PageServerLoad = async (event) => {
  const actor = requireCompany(event);
  const { params } = event;
  const client = api(event);
  const path = { params: { path: { roundId: params.roundCode } } };
  const [selection, clock] = await Promise.all([
    client.GET('/rounds/{roundId}/region-selection', path),
    client.GET('/rounds/{roundId}/clock', path),
  ]);
  if (!clock.data) error(404, { message: m.error_not_found_body() }); // a round that is missing or a draft: one answer, leaking nothing
  if (!selection.data) {
    // the round is there, its region selection not yet: say so rather than "no such page"
    const round = await client.GET('/rounds/{roundId}', path);
    if (!round.data || selection.response.status !== 404) error(404, { message: m.error_not_found_body() });
    return { roundCode: params.roundCode, companyId: actor.organisationId, selection: null };
  }
  return {
    roundCode: params.roundCode,
    companyId: actor.organisationId,
    selection: selection.data,
    roundNow: clock.data.now,
    speed: clock.data.rehearsal?.speed ?? null,
  };
};

export const actions: Actions = {
  /** my pick at my turn: the API checks the turn, its deadline and the region */
  pick: async (event) => {
    const actor = requireCompany(event); // actions do not run the layout's guard
    const form = await event.request.formData();
    const productCode = String(form.get('productCode') ?? '');
    const groupValue = String(form.get('group') ?? '');
    const group = groupValue === '' ? null : groupValue;
    const regionId = String(form.get('regionId') ?? '');
    const values = { productCode, group, regionId };
    if (!regionId)
      return fail(400, { ...values, fields: { regionId: m.selection_missing_region() }, message: null });
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/rounds/{roundId}/region-selection/picks', {
      params: { path: { roundId: event.params.roundCode } },
      body: { productCode, group, regionId },
    });
    if (!data) {
      const p = readProblem(problem, m.selection_failed());
      const fields = p.fields.regionId ? { regionId: p.fields.regionId } : {};
      return fail(response.status, { ...values, fields, message: fields.regionId ? null : p.message });
    }
    const mine = data.entries
      .find((e) => e.productCode === productCode && e.group === group)
      ?.picks.findLast((p) => p.regionId === regionId && p.companyId === actor.organisationId);
    return { ...values, regionName: mine?.regionName ?? null, picked: true as const };
  },
};
