import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import type { PageServerLoad } from './$types';

const STATUSES = ['submitted', 'approved', 'returned'] as const;
type Status = (typeof STATUSES)[number];
const PAGE = 50;

/** The hospital's lines across rounds, a page at a time (the API's keyset cursor), filtered by status. */
export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  const asked = event.url.searchParams.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(asked) ? (asked as Status) : undefined;
  const cursor = event.url.searchParams.get('cursor') || undefined;
  const { data } = await api(event).GET('/demand/mine', {
    params: { query: { limit: PAGE, ...(status && { status }), ...(cursor && { cursor }) } },
  });
  const next = new URLSearchParams();
  if (status) next.set('status', status);
  if (data?.nextCursor) next.set('cursor', data.nextCursor);
  return {
    items: data?.items ?? [],
    status: status ?? '',
    statuses: STATUSES,
    paged: cursor !== undefined,
    nextHref: data?.nextCursor ? `?${next}` : null,
    firstHref: status ? `?status=${status}` : '?',
  };
};
