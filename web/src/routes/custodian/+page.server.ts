import { api } from '$lib/server/api';
import { myCeremony, requireOfficial } from '$lib/server/custodian';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const actor = requireOfficial(event);
  const client = api(event);
  const { data } = await client.GET('/rounds', { params: { query: { limit: 500 } } });
  const rounds = (data?.items ?? []).filter((r) => r.state !== 'draft' && r.state !== 'cancelled');
  const held = await Promise.all(
    rounds.map(async (round) => {
      const mine = await myCeremony(client, round.id, actor.userId);
      return mine && { round, k: mine.ceremony.k, n: mine.ceremony.n, fetched: mine.mine.fetched };
    }),
  );
  return { held: held.filter((h) => h !== null) };
};
