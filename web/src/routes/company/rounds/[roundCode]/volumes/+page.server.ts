import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { filterLines, grandTotal, loadAgreedVolumes, totalsByRegion } from '$lib/server/agreed-volumes';
import { loadCompanyRound } from '$lib/server/company-round';
import type { PageServerLoad } from './$types';

const PAGE_ROWS = 100;

/**
 * 约定采购量: my company's agreed volumes, subtotals by product and region, and the lines by
 * region and hospital, a hundred a page (the CSV has them all). Filters are a GET form.
 */
export const load: PageServerLoad = async (event) => {
  const { client, round } = await loadCompanyRound(event);
  const lines = await loadAgreedVolumes(client, round.id);
  if (!lines) error(502, m.error_body());
  const params = event.url.searchParams;
  const filter = { product: params.get('product') ?? '', region: params.get('region') ?? '' };
  const shown = filterLines(lines, filter);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
  const pageNo = Math.min(pages, Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1));
  const products = new Map(lines.map((l) => [l.productCode, l.productName]));
  const regions = new Map(lines.map((l) => [l.regionId ?? '', l.regionName ?? '']));
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    hasLines: lines.length > 0,
    filter,
    products: [...products].map(([code, name]) => ({ code, name })),
    regions: [...regions]
      .filter(([code]) => code !== '')
      .sort(([, a], [, b]) => a.localeCompare(b, 'zh-CN'))
      .map(([code, name]) => ({ code, name })),
    totals: totalsByRegion(shown),
    total: { ...grandTotal(shown), lines: shown.length },
    lines: shown.slice((pageNo - 1) * PAGE_ROWS, pageNo * PAGE_ROWS),
    page: pageNo,
    pages,
  };
};
