import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { data } = await api(event).GET('/rounds', { params: { query: { limit: 500 } } });
  return { rounds: (data?.items ?? []).filter((r) => r.state !== 'draft') };
};
