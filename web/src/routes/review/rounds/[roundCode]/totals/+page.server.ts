import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { demandVsLastYearSvg } from '$lib/server/demand-vs-last-year-chart';
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
  const reported = data.items.filter((p) => p.reports > 0);
  const chartSvg = reported.length
    ? demandVsLastYearSvg(
        reported.map((p) => ({
          label: p.productName,
          lastYear: p.lastYearVolume,
          reported: p.reportedQuantity,
          approved: p.approvedQuantity,
        })),
        {
          lastYear: m.review_chart_last_year(),
          reported: m.review_chart_reported(),
          approved: m.review_chart_approved(),
        },
      )
    : null;
  return {
    round: { id: round.id, code: round.code, name: round.name },
    chartSvg,
    regionName: region?.name ?? data.regionCode ?? '',
    thresholds: data.thresholds,
    totals: data.items,
  };
};
