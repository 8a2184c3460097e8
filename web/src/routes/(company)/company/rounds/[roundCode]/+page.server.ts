import { error, fail } from '@sveltejs/kit';
import { isAfterBidding, isBeforeBidding } from '@jicai/domain';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { newAttemptKey, requireCompany } from '$lib/server/company';
import { readProblem } from '$lib/server/problem';
import { attachTechnicalFile, removeTechnicalFile } from '$lib/server/technical-files';
import { companyProducts, type RulesetPricing } from './company-products';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const actor = requireCompany(event);
  // the page may carry a receipt with its salt and price (an action's answer): never cached
  event.setHeaders({ 'cache-control': 'no-store' });
  const client = api(event);
  const roundId = event.params.roundCode;
  const { data: round } = await client.GET('/rounds/{roundId}', { params: { path: { roundId } } });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { roundId: round.id };
  const [products, registrations, receipts, clock] = await Promise.all([
    client.GET('/rounds/{roundId}/products', { params: { path } }),
    client.GET('/rounds/{roundId}/registrations', { params: { path, query: { limit: 500 } } }),
    client.GET('/rounds/{roundId}/bids/mine', { params: { path } }),
    // the round's own time judges its deadline (a rehearsal clock may run ahead of the platform's)
    client.GET('/rounds/{roundId}/clock', { params: { path } }),
  ]);
  const dual = (round.rulesetFrozen as { dualEnvelope?: boolean } | null)?.dualEnvelope === true;
  const files = dual
    ? ((await client.GET('/rounds/{roundId}/technical-files/mine', { params: { path } })).data?.items ?? [])
    : [];
  const mine = companyProducts(products.data?.items ?? [], registrations.data?.items ?? []);
  if (mine.length === 0) error(404, { message: m.error_not_found_body() }); // not a round of this company
  const closesAt = round.calendar?.biddingClosesAt ?? null;
  const ruleset = (round.rulesetFrozen ?? null) as (RulesetPricing & { dualEnvelope?: boolean }) | null;
  return {
    companyId: actor.organisationId,
    round: {
      id: round.id,
      code: round.code,
      name: round.name,
      state: round.state,
      biddingClosesAt: closesAt,
    },
    biddingOpen:
      round.state === 'bidding-open' &&
      closesAt !== null &&
      Date.parse(closesAt) > Date.parse(clock.data?.now ?? (await event.parent()).serverNow),
    commitmentsPublished: isAfterBidding(round.state),
    /** bidding has not opened yet: the page says when it will */
    biddingOpensAt: isBeforeBidding(round.state) ? (round.calendar?.biddingOpensAt ?? null) : null,
    dualEnvelope: ruleset?.dualEnvelope === true,
    ruleset: ruleset && {
      strengthBase: ruleset.strengthBase,
      volumeFactor: ruleset.volumeFactor,
      formFactors: ruleset.formFactors,
    },
    products: mine,
    /** the company's own sealed technical files by product, with their SHA-256 receipts */
    technicalFiles: Object.fromEntries(
      mine.map((p) => [p.code, files.filter((f) => f.productCode === p.code)]),
    ),
    /** the latest listed receipt per product (commitment only: the platform cannot list a price) */
    listed: Object.fromEntries((receipts.data?.items ?? []).map((r) => [r.productCode, r])),
    /** one Idempotency-Key per attempt: made with the form, fresh after every completed attempt */
    attemptKeys: Object.fromEntries(
      mine.map((p) => [p.code, { bid: newAttemptKey(), withdraw: newAttemptKey() }]),
    ),
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions: Actions = {
  /** Attach a technical file to the bid (dual-envelope rounds): sealed to the round key by the API. */
  attachFile: async (event) => {
    requireCompany(event);
    return attachTechnicalFile(event);
  },

  /** Remove a sealed technical file while bidding is open. */
  removeFile: async (event) => {
    requireCompany(event);
    return removeTechnicalFile(event);
  },

  /** Submit or replace the sealed bid: the one place a price is ever sent. */
  bid: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const productCode = text(form, 'productCode');
    const values = { specCode: text(form, 'specCode'), packPrice: text(form, 'packPrice') };
    const technical = text(form, 'technical');
    const key = text(form, 'idempotencyKey');
    const fields: Record<string, string> = {};
    if (!values.specCode) fields.specCode = m.bid_missing_spec();
    if (!values.packPrice) fields.packPrice = m.bid_missing_price();
    if (Object.keys(fields).length)
      return fail(400, {
        action: 'bid' as const,
        productCode,
        values,
        fields,
        message: null as string | null,
      });
    const {
      data,
      error: problem,
      response,
    } = await api(event).PUT('/rounds/{roundId}/bids/{productCode}', {
      params: { path: { roundId: event.params.roundCode, productCode }, header: { 'idempotency-key': key } },
      body: { ...values, ...(technical ? { technical } : {}) },
    });
    if (!data) {
      const p = readProblem(problem, m.bid_failed());
      return fail(response.status, {
        action: 'bid' as const,
        productCode,
        values,
        fields: p.fields,
        message: p.message,
      });
    }
    return { action: 'bid' as const, productCode, receipt: data };
  },

  /** Withdraw the bid, with an Idempotency-Key of its own. */
  withdraw: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const productCode = text(form, 'productCode');
    const {
      data,
      error: problem,
      response,
    } = await api(event).DELETE('/rounds/{roundId}/bids/{productCode}', {
      params: {
        path: { roundId: event.params.roundCode, productCode },
        header: { 'idempotency-key': text(form, 'idempotencyKey') },
      },
      // a write without a body is judged by where it comes from (api/src/http/same-origin.ts): it
      // comes from this platform's own page, whose Origin SvelteKit checked before the action ran
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    if (!data) {
      const p = readProblem(problem, m.bid_withdraw_failed());
      return fail(response.status, {
        action: 'withdraw' as const,
        productCode,
        values: null,
        fields: p.fields,
        message: p.message,
      });
    }
    return { action: 'withdraw' as const, productCode, receipt: data };
  },
};
