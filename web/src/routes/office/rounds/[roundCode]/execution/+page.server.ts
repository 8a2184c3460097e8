import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { completionMapSvg, monthChartSvg, productChartSvg } from '$lib/server/execution';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

const PAGE = 50;

/** 执行监测: completion by region (map), product and month (charts), alerts, non-winning over-cap cases. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const roundId = event.params.roundCode;
  const { data: round } = await client.GET('/rounds/{roundId}', { params: { path: { roundId } } });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { roundId: round.id };
  const query = event.url.searchParams;
  const behindCursor = query.get('behind') ?? undefined;
  const excessCursor = query.get('excess') ?? undefined;
  const status =
    query.get('status') === 'notified' ? 'notified' : query.get('status') === 'all' ? undefined : 'open';
  const [progress, behind, lag, excess, supply, inventory] = await Promise.all([
    client.GET('/rounds/{roundId}/execution/progress', { params: { path } }),
    client.GET('/rounds/{roundId}/execution/behind', {
      params: { path, query: { limit: PAGE, ...(behindCursor && { cursor: behindCursor }) } },
    }),
    client.GET('/rounds/{roundId}/execution/supplier-lag', { params: { path } }),
    client.GET('/rounds/{roundId}/execution/non-winner-excess', {
      params: {
        path,
        query: { limit: PAGE, ...(status && { status }), ...(excessCursor && { cursor: excessCursor }) },
      },
    }),
    client.GET('/rounds/{roundId}/execution/supply-figures', { params: { path } }),
    client.GET('/rounds/{roundId}/inventory', { params: { path } }),
  ]);
  const round_ = { id: round.id, code: round.code, name: round.name, state: round.state };
  if (!progress.data) return { round: round_, progress: null };
  const p = progress.data;
  return {
    round: round_,
    progress: p,
    mapSvg: completionMapSvg(round.id, p.regions, { islands: m.demand_progress_islands() }),
    productSvg: productChartSvg(round.id, p.products, { completion: m.exec_col_completion() }),
    monthSvg: monthChartSvg(round.id, p.months, { purchased: m.exec_col_purchased() }),
    behind: behind.data ?? { items: [], nextCursor: null },
    lag: lag.data?.items ?? [],
    excess: excess.data ?? { items: [], nextCursor: null },
    status: status ?? 'all',
    supply: supply.data?.items ?? [],
    // the office reads lateness: months past due (late or missing) first
    inventory: (inventory.data?.items ?? []).filter((i) => i.status === 'late' || i.status === 'missing'),
  };
};

export const actions: Actions = {
  /** 已约谈: the office notes what it told the hospital about its non-winning purchases over the cap */
  notify: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const hospitalId = String(form.get('hospitalId') ?? '');
    const productId = String(form.get('productId') ?? '');
    const note = String(form.get('note') ?? '').trim();
    const key = `${hospitalId}|${productId}`;
    if (!note) return fail(400, { key, message: m.exec_notice_note_missing() });
    const { error: problem } = await api(event).POST(
      '/rounds/{roundId}/execution/non-winner-excess/{hospitalId}/{productId}/notice',
      { params: { path: { roundId: event.params.roundCode, hospitalId, productId } }, body: { note } },
    );
    if (problem) {
      const p = readProblem(problem, m.error_body());
      return fail(400, { key, message: p.fields.note ?? p.message });
    }
    return { notified: key };
  },
};
