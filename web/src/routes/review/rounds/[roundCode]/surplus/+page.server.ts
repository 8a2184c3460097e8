import { reviewRound } from '$lib/server/region-review';
import { gradeAction, loadSurplusPage } from '$lib/server/surplus';
import type { Actions, PageServerLoad } from './$types';

/** 结余留用考核: the region's institutions of the round, a page at a time; the bureau grades them. */
export const load: PageServerLoad = async (event) => {
  const { round } = await reviewRound(event);
  return {
    round: { id: round.id, code: round.code, name: round.name },
    surplus: await loadSurplusPage(event, round.id),
  };
};

export const actions: Actions = {
  grade: async (event) => gradeAction(event, (await reviewRound(event)).round.id),
};
