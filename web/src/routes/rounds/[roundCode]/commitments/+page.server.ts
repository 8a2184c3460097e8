import { api } from '$lib/server/api';
import { roundByCode } from '$lib/server/public-round';
import { biddingClosed } from '$lib/public/round-phase';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const round = await roundByCode(event, event.params.roundCode);
  if (!biddingClosed(round.state)) return { round, commitments: null };
  const { data } = await api(event).GET('/rounds/{roundId}/commitments', {
    params: { path: { roundId: round.id } },
  });
  return { round, commitments: data ?? null };
};
