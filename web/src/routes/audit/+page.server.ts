import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { data } = await api(event).GET('/audit/digests');
  return { digests: data?.items ?? [] };
};
