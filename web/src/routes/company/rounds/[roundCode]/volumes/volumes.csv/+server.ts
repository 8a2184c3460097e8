import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { agreedVolumesCsv } from '$lib/server/agreed-volumes-csv';
import { filterLines, loadAgreedVolumes } from '$lib/server/agreed-volumes';
import { loadCompanyRound } from '$lib/server/company-round';
import type { RequestHandler } from './$types';

/** My company's agreed volumes as a CSV file, with the page's filters (?product=&region=). */
export const GET: RequestHandler = async (event) => {
  const { client, round } = await loadCompanyRound(event);
  const lines = await loadAgreedVolumes(client, round.id);
  if (!lines) error(502, m.error_body());
  const filter = {
    product: event.url.searchParams.get('product') ?? '',
    region: event.url.searchParams.get('region') ?? '',
  };
  const name = `agreed-volumes-${round.code}${filter.product ? `-${filter.product}` : ''}${filter.region ? `-${filter.region}` : ''}.csv`;
  return new Response(agreedVolumesCsv(filterLines(lines, filter)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'private, no-store',
    },
  });
};
