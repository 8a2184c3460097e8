import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { readProblem } from '$lib/server/problem';
import { readQueueFilter } from '$lib/review/queue-filter';
import { reviewRound } from '$lib/server/region-review';
import type { PageServerLoad } from './$types';
import { reviewActions } from './review-actions.server';

const PAGE_ROWS = 50;

/**
 * The queue of my region's reports in a round: filtered, sorted and paged by the API (keyset: the
 * address carries the cursor), with the product list and the thresholds for the outlier marks.
 */
export const load: PageServerLoad = async (event) => {
  const { round, client } = await reviewRound(event);
  const filter = readQueueFilter(event.url.searchParams);
  const [queue, totals] = await Promise.all([
    client.GET('/rounds/{roundId}/demand/queue', {
      params: {
        path: { roundId: round.id },
        query: {
          limit: PAGE_ROWS,
          sort: filter.sort,
          ...(filter.status !== 'all' && { status: filter.status }),
          ...(filter.product && { productCode: filter.product }),
          ...(filter.q && { q: filter.q }),
          ...(filter.outliers && { outlier: 'any' as const }),
          ...(filter.cursor && { cursor: filter.cursor }),
        },
      },
    }),
    client.GET('/rounds/{roundId}/demand/region-totals', {
      params: { path: { roundId: round.id }, query: {} },
    }),
  ]);
  if (!queue.data) {
    if (queue.response.status === 400)
      error(400, { message: readProblem(queue.error, m.error_body()).message });
    error(502, { message: m.error_body() });
  }
  const done = event.url.searchParams.get('done');
  return {
    round: { id: round.id, code: round.code, name: round.name },
    filter,
    limit: PAGE_ROWS,
    reports: queue.data.items,
    nextCursor: queue.data.nextCursor,
    thresholds: queue.data.thresholds,
    products: (totals.data?.items ?? []).map((p) => ({ code: p.productCode, name: p.productName })),
    done: done === 'approved' || done === 'returned' || done === 'bulk' ? done : null,
    doneCount: Number.parseInt(event.url.searchParams.get('count') ?? '0', 10) || 0,
  };
};

export const actions = reviewActions;
