import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { gradeAction, loadSurplusPage } from '$lib/server/surplus';
import type { Actions, PageServerLoad } from './$types';

async function roundOf(event: RequestEvent) {
  const { data: round } = await api(event).GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode ?? '' } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  return round;
}

/** 结余留用: every institution of the round, a page at a time, filtered by region; the office grades. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const round = await roundOf(event);
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    regions: round.regions,
    surplus: await loadSurplusPage(event, round.id),
  };
};

export const actions: Actions = {
  grade: async (event) => {
    requireOfficeAdmin(event);
    return gradeAction(event, (await roundOf(event)).id);
  },
};
