import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { reviewRound } from '$lib/server/region-review';
import type { PageServerLoad } from './$types';

/** 与上年用量对比: my region's reported and approved quantities by product against last year's. */
export const load: PageServerLoad = async (event) => {
  const { round, client } = await reviewRound(event);
  const { data } = await client.GET('/rounds/{roundId}/demand/region-totals', {
    params: { path: { roundId: round.id }, query: {} },
  });
  if (!data) error(502, { message: m.error_body() });
  const region = round.regions.find((r) => r.code === data.regionCode);
  return {
    round: { id: round.id, code: round.code, name: round.name },
    regionName: region?.name ?? data.regionCode ?? '',
    thresholds: data.thresholds,
    totals: data.items,
  };
};
