import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { listingQuery } from '$lib/server/listing-query';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

async function roundOf(event: RequestEvent<{ roundCode: string }>) {
  const { data: round } = await api(event).GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  return round;
}

/** 挂网管理: apply the round's listing rules after the award, list by hand, change a listing with a reason. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const round = await roundOf(event);
  const filter = listingQuery(event.url.searchParams);
  const selected = event.url.searchParams.get('listing');
  const [listings, products, companies, chosen] = await Promise.all([
    client.GET('/listings', { params: { query: { limit: 50, roundId: round.id, ...filter } } }),
    client.GET('/rounds/{roundId}/products', { params: { path: { roundId: round.id } } }),
    client.GET('/organisations', { params: { query: { kind: 'company', limit: 500 } } }),
    selected ? client.GET('/listings/{listingId}', { params: { path: { listingId: selected } } }) : null,
  ]);
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    filter,
    listings: listings.data?.items ?? [],
    nextCursor: listings.data?.nextCursor ?? null,
    products: (products.data?.items ?? []).map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      specs: p.specs.map((s) => s.code),
    })),
    companies: (companies.data?.items ?? []).map((c) => ({ id: c.id, name: c.name })),
    selected: chosen?.data ?? null,
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const PRICE = /^(0|[1-9][0-9]{0,9})(\.[0-9]{1,2})?$/;

export const actions: Actions = {
  /** Apply the round's listing rules (idempotent): the changes it made are shown. */
  apply: async (event) => {
    requireOfficeAdmin(event);
    const round = await roundOf(event);
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/rounds/{roundId}/listing/apply', {
      params: { path: { roundId: round.id } },
    });
    if (!data)
      return fail(response.status, { action: 'apply' as const, ...readProblem(problem, m.listing_failed()) });
    return { action: 'apply' as const, applied: data.changes.length };
  },

  /** List a company's product by hand, with a reason. */
  create: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values = {
      product: text(form, 'product'),
      companyId: text(form, 'companyId'),
      packPrice: text(form, 'packPrice'),
      reason: text(form, 'reason'),
    };
    const fields: Record<string, string> = {};
    if (!PRICE.test(values.packPrice)) fields.packPrice = m.listing_price_invalid();
    if (!values.reason) fields.reason = m.listing_reason_missing();
    if (Object.keys(fields).length)
      return fail(400, { action: 'create' as const, values, fields, message: null });
    const [productId = '', specCode = ''] = values.product.split('|');
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/listings', {
      body: {
        productId,
        specCode,
        companyId: values.companyId,
        packPrice: values.packPrice,
        reason: values.reason,
      },
    });
    if (!data) {
      const p = readProblem(problem, m.listing_failed());
      return fail(response.status, {
        action: 'create' as const,
        values,
        fields: p.fields,
        message: p.message,
      });
    }
    return { action: 'create' as const, done: true };
  },

  /** Delist, relist or reprice one listing, with a reason. */
  change: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const listingId = text(form, 'listingId');
    const values = {
      change: text(form, 'change'),
      packPrice: text(form, 'packPrice'),
      reason: text(form, 'reason'),
    };
    const fields: Record<string, string> = {};
    if (!['delist', 'relist', 'reprice'].includes(values.change)) fields.change = m.listing_change_missing();
    if (values.change === 'reprice' && !PRICE.test(values.packPrice))
      fields.packPrice = m.listing_price_invalid();
    if (!values.reason) fields.reason = m.listing_reason_missing();
    if (Object.keys(fields).length)
      return fail(400, { action: 'change' as const, values, fields, message: null });
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/listings/{listingId}/changes', {
      params: { path: { listingId } },
      body: {
        action: values.change as 'delist' | 'relist' | 'reprice',
        ...(values.change === 'reprice' ? { packPrice: values.packPrice } : {}),
        reason: values.reason,
      },
    });
    if (!data) {
      const p = readProblem(problem, m.listing_failed());
      return fail(response.status, {
        action: 'change' as const,
        values,
        fields: p.fields,
        message: p.message,
      });
    }
    return { action: 'change' as const, done: true };
  },
};
