import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { data } = await api(event).GET('/rounds', { params: { query: { limit: 500 } } });
  // only what the table shows goes into the page (a round carries its whole frozen ruleset)
  const rounds = (data?.items ?? [])
    .filter((r) => r.state !== 'draft')
    .map(({ id, code, name, state, productCount, calendar }) => ({
      id,
      code,
      name,
      state,
      productCount,
      calendar: calendar && { biddingClosesAt: calendar.biddingClosesAt, openingAt: calendar.openingAt },
    }));
  return { rounds };
};
