import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const client = api(event);
  const [notices, rounds] = await Promise.all([
    client.GET('/notices'),
    client.GET('/rounds', { params: { query: { limit: 500 } } }),
  ]);
  const names: Record<string, string> = {};
  for (const r of rounds.data?.items ?? []) names[r.id] = r.name;
  return { notices: notices.data?.items ?? [], roundNames: names };
};
