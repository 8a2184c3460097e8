import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** One listing and its every change with the reason (public). */
export const load: PageServerLoad = async (event) => {
  const client = api(event);
  const listingId = event.params.listingId;
  const cursor = event.url.searchParams.get('cursor');
  const [listing, changes] = await Promise.all([
    client.GET('/listings/{listingId}', { params: { path: { listingId } } }),
    client.GET('/listings/{listingId}/changes', {
      params: { path: { listingId }, query: { limit: 50, ...(cursor ? { cursor } : {}) } },
    }),
  ]);
  if (!listing.data) error(404, { message: m.error_not_found_body() });
  return {
    listing: listing.data,
    changes: changes.data?.items ?? [],
    nextCursor: changes.data?.nextCursor ?? null,
  };
};
