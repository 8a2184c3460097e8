import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import type { PageServerLoad } from './$types';

/** One of the hospital's lines and its review trail (another hospital's line does not exist: 404). */
export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  const client = api(event);
  const { roundCode: roundId, reportId } = event.params;
  const [trail, round, own] = await Promise.all([
    client.GET('/rounds/{roundId}/demand/{reportId}/trail', { params: { path: { roundId, reportId } } }),
    client.GET('/rounds/{roundId}', { params: { path: { roundId } } }),
    // the hospital's own lines of the round (a few per product): the line as it stands now
    client.GET('/rounds/{roundId}/demand', { params: { path: { roundId }, query: { limit: 500 } } }),
  ]);
  if (!trail.data || !round.data) error(404, { message: m.error_not_found_body() });
  const line = own.data?.items.find((l) => l.id === reportId) ?? null;
  return {
    round: { code: round.data.code, name: round.data.name },
    line: line && {
      productCode: line.productCode,
      brandCompanyName: line.brandCompanyName,
      group: line.group,
      status: line.status,
    },
    events: trail.data.items,
  };
};
