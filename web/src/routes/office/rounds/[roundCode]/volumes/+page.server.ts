import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { api } from '$lib/server/api';
import { grandTotal, loadAgreedVolumes } from '$lib/server/agreed-volumes';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { volumesOverview } from '$lib/server/volumes-overview';
import type { PageServerLoad } from './$types';

/** rows of a table per page (regions are at most the country's 32; companies may be many) */
const PAGE_ROWS = 50;

const pageOf = <T>(rows: readonly T[], wanted: string | null) => {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
  const page = Math.min(pages, Math.max(1, Number.parseInt(wanted ?? '1', 10) || 1));
  return { rows: rows.slice((page - 1) * PAGE_ROWS, page * PAGE_ROWS), page, pages };
};

/** 约定采购量总览: amounts by region and by company, charts and tables; every line in the exports. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const summary = { id: round.id, code: round.code, name: round.name, state: round.state };
  if (round.state !== 'volumes-agreed') return { round: summary, overview: null };
  const lines = await loadAgreedVolumes(client, round.id);
  if (!lines) error(502, m.error_body());
  const overview = volumesOverview(`${round.id}|${lines.length}|${getLocale()}`, lines, {
    otherCompanies: m.volumes_office_other_companies(),
    otherProducts: m.volumes_office_other_products(),
    unit: m.volumes_office_unit(),
  });
  const params = event.url.searchParams;
  return {
    round: summary,
    overview: {
      total: {
        ...grandTotal(lines),
        lines: lines.length,
        hospitals: new Set(lines.map((l) => l.hospitalId)).size,
      },
      regionChart: overview.regionChart,
      companyChart: overview.companyChart,
      regions: pageOf(overview.regions, params.get('regionPage')),
      companies: pageOf(overview.companies, params.get('companyPage')),
    },
  };
};
