import { api } from '$lib/server/api';
import { listingQuery } from '$lib/server/listing-query';
import type { PageServerLoad } from './$types';

/** 挂网目录: the public listing, paged and filtered on the server; readable signed out. */
export const load: PageServerLoad = async (event) => {
  const filter = listingQuery(event.url.searchParams);
  const { data } = await api(event).GET('/listings', { params: { query: { limit: 50, ...filter } } });
  return { filter, listings: data?.items ?? [], nextCursor: data?.nextCursor ?? null };
};
