import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { loadCompanyRound } from '$lib/server/company-round';
import type { PageServerLoad } from './$types';

/** 购销协议: my company's purchase agreements of the round, a hundred a page (?cursor= from the API). */
export const load: PageServerLoad = async (event) => {
  const { client, round } = await loadCompanyRound(event);
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const { data } = await client.GET('/rounds/{roundId}/agreements', {
    params: { path: { roundId: round.id }, query: { limit: 100, ...(cursor && { cursor }) } },
  });
  if (!data) error(502, m.error_body());
  return {
    round: { id: round.id, code: round.code, name: round.name },
    agreements: data.items.map((a) => ({
      id: a.id,
      hospitalName: a.hospitalName,
      regionName: a.regionName,
      issued: a.issuedAt !== null,
    })),
    nextCursor: data.nextCursor,
  };
};
