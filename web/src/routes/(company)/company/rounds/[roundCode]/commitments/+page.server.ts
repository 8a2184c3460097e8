import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import { companyProducts } from '../company-products';
import type { PageServerLoad } from './$types';

/**
 * After the deadline: the platform's signed list of commitments, and the company's own bids as the
 * platform lists them (revision and commitment). The check itself runs in the browser, from the
 * receipts kept there: the page never asks for a price or a salt.
 */
export const load: PageServerLoad = async (event) => {
  const actor = requireCompany(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { roundId: round.id };
  const [products, registrations, receipts, commitments] = await Promise.all([
    client.GET('/rounds/{roundId}/products', { params: { path } }),
    client.GET('/rounds/{roundId}/registrations', { params: { path, query: { limit: 500 } } }),
    client.GET('/rounds/{roundId}/bids/mine', { params: { path } }),
    client.GET('/rounds/{roundId}/commitments', { params: { path } }),
  ]);
  const mine = companyProducts(products.data?.items ?? [], registrations.data?.items ?? []);
  if (mine.length === 0) error(404, { message: m.error_not_found_body() });
  return {
    companyId: actor.organisationId,
    round: { id: round.id, code: round.code, name: round.name },
    products: mine.map((p) => ({ code: p.code, name: p.name })),
    listed: Object.fromEntries((receipts.data?.items ?? []).map((r) => [r.productCode, r])),
    /** null until bidding has closed (the API answers 404 before) */
    published: commitments.data ?? null,
  };
};
