import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { monthChartSvg, productChartSvg } from '$lib/server/execution';
import { requireRegionBureau } from '$lib/server/region-review';
import type { PageServerLoad } from './$types';

/** The bureau's own region: completion by product and month, hospitals behind, suppliers lagging, over-cap cases. */
export const load: PageServerLoad = async (event) => {
  requireRegionBureau(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { roundId: round.id };
  const cursor = event.url.searchParams.get('behind') ?? undefined;
  const [progress, behind, lag, excess] = await Promise.all([
    client.GET('/rounds/{roundId}/execution/progress', { params: { path } }),
    client.GET('/rounds/{roundId}/execution/behind', {
      params: { path, query: { limit: 50, ...(cursor && { cursor }) } },
    }),
    client.GET('/rounds/{roundId}/execution/supplier-lag', { params: { path } }),
    client.GET('/rounds/{roundId}/execution/non-winner-excess', { params: { path, query: { limit: 50 } } }),
  ]);
  if (!progress.data) error(404, { message: m.error_not_found_body() });
  return {
    round: { id: round.id, code: round.code, name: round.name },
    progress: progress.data,
    productSvg: productChartSvg(round.id, progress.data.products, { completion: m.exec_col_completion() }),
    monthSvg: monthChartSvg(round.id, progress.data.months, { purchased: m.exec_col_purchased() }),
    behind: behind.data ?? { items: [], nextCursor: null },
    lag: lag.data?.items ?? [],
    excess: excess.data?.items ?? [],
  };
};
