import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import type { PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 审计核验: the hash chains recomputed on request (a GET that reads only: `?verify=1`), the daily
 * digests, and one day's digest looked up.
 */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const params = event.url.searchParams;
  const day = params.get('day')?.trim() ?? '';
  const [verify, digests, oneDay] = await Promise.all([
    params.has('verify') ? client.GET('/audit/verify') : null,
    client.GET('/audit/digests'),
    DAY.test(day) ? client.GET('/audit/digests/{day}', { params: { path: { day } } }) : null,
  ]);
  return {
    verified: verify ? (verify.data ?? null) : undefined,
    digests: digests.data?.items ?? [],
    day,
    dayDigest: oneDay ? (oneDay.data ?? null) : undefined,
    dayInvalid: day !== '' && !DAY.test(day),
  };
};
