import { api } from '$lib/server/api';
import { roundByCode } from '$lib/server/public-round';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const round = await roundByCode(event, event.params.roundCode);
  const client = api(event);
  const path = { params: { path: { roundId: round.id } } };
  const [products, notices] = await Promise.all([
    client.GET('/rounds/{roundId}/products', path),
    client.GET('/rounds/{roundId}/notices', path),
  ]);
  return { round, products: products.data?.items ?? [], notices: notices.data?.items ?? [] };
};
