import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import type { PageServerLoad } from './$types';

const PAGE = 20;

/** 我的结余留用: the hospital's surplus in each round in which it holds agreements, newest first. */
export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  const cursor = event.url.searchParams.get('cursor') || undefined;
  const { data } = await api(event).GET('/surplus/mine', {
    params: { query: { limit: PAGE, ...(cursor && { cursor }) } },
  });
  return {
    items: data?.items ?? [],
    paged: cursor !== undefined,
    nextHref: data?.nextCursor ? `?cursor=${encodeURIComponent(data.nextCursor)}` : null,
  };
};
