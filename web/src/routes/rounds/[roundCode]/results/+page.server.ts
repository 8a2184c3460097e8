import { api } from '$lib/server/api';
import { roundByCode } from '$lib/server/public-round';
import { cachedResultProducts, resultProducts, type ResultProduct } from '$lib/server/public-results';
import { awardPublished, biddingClosed, proposedPublished } from '$lib/public/round-phase';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

// Plain HTML: tables and charts are rendered here, the page ships no JavaScript of its own.
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const round = await roundByCode(event, event.params.roundCode);
  const client = api(event);
  const path = { params: { path: { roundId: round.id } } };
  const record = biddingClosed(round.state)
    ? ((await client.GET('/rounds/{roundId}/evaluation', path)).data ?? null)
    : null;
  const proposed = proposedPublished(round.state);
  let products: ResultProduct[] = [];
  if (record && proposed) {
    const locale = getLocale();
    const awarded = awardPublished(round.state);
    products = await cachedResultProducts(`${round.id}|${record.seq}|${locale}|${awarded}`, async () => {
      const query = { params: { path: { roundId: round.id }, query: { seq: record.seq } } };
      const [result, catalogue] = await Promise.all([
        client.GET('/rounds/{roundId}/evaluation/result', query),
        client.GET('/rounds/{roundId}/products', path),
      ]);
      if (!result.data || !catalogue.data) return null;
      return resultProducts(result.data, catalogue.data.items, { locale, proposed: !awarded });
    });
  }
  const api_ = `${event.url.origin}/api/rounds/${round.id}/evaluation`;
  return {
    round,
    record,
    proposed,
    awarded: awardPublished(round.state),
    products,
    links: record
      ? {
          input: `${api_}/input.json?seq=${record.seq}`,
          output: `${api_}/output.json?seq=${record.seq}`,
          names: `${api_}/names.json?seq=${record.seq}`,
        }
      : null,
  };
};
