import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { allPages } from '$lib/server/all-pages';
import { loadCompanyRound } from '$lib/server/company-round';
import { readProblem } from '$lib/server/problem';
import { outcomesFor, type NamedProduct, type RevivalOfferView } from '$lib/outcome/result';
import { OBJECTION_TYPES, type ObjectionType } from '$lib/outcome/objection-types';
import type { Actions, PageServerLoad } from './$types';

/**
 * After opening: my bids' outcomes explained, the proposed winners, my objections and my revival
 * offers. Before the opening the result does not exist (the API answers 404): the page says so.
 */
export const load: PageServerLoad = async (event) => {
  const { client, actor, round } = await loadCompanyRound(event);
  const roundId = round.id;
  const path = { params: { path: { roundId } } };
  const result = await client.GET('/rounds/{roundId}/evaluation/result', path);
  const base = { round: { id: round.id, code: round.code, name: round.name, state: round.state } };
  if (!result.data) return { ...base, opened: false as const };

  const [offers, objections, roundClock, parent, timeline] = await Promise.all([
    client.GET('/rounds/{roundId}/revival-offers/mine', path),
    allPages(
      async (cursor) =>
        (
          await client.GET('/rounds/{roundId}/objections', {
            params: { path: { roundId }, query: { limit: 500, cursor } },
          })
        ).data,
    ),
    client.GET('/rounds/{roundId}/clock', path),
    event.parent(),
    client.GET('/rounds/{roundId}/award-timeline', path),
  ]);
  const products = result.data.products as NamedProduct[];
  const myOffers = (offers.data?.items ?? []) as RevivalOfferView[];
  // deadlines are judged on the round's clock (a rehearsal runs it apart): shown on the server's
  const roundNow = Date.parse(roundClock.data?.now ?? parent.serverNow);
  const onServerClock = (iso: string | null) =>
    iso === null ? null : new Date(Date.parse(parent.serverNow) + Date.parse(iso) - roundNow).toISOString();
  return {
    ...base,
    opened: true as const,
    seq: result.data.seq,
    outcomes: outcomesFor(products, actor.organisationId, myOffers),
    offers: myOffers.map((o) => ({ ...o, closesOnServerClock: onServerClock(o.closesAt) })),
    objections: objections ?? [],
    objectionEndsAt: timeline.data?.objectionEndsAt ?? null,
    objectionEndsOnServerClock: onServerClock(timeline.data?.objectionEndsAt ?? null),
    products: uniqueProducts(products),
  };
};

/** The products a company may object about, once each (a product evaluated by groups is one product). */
function uniqueProducts(products: readonly NamedProduct[]) {
  const seen = new Map<string, string>();
  for (const p of products) if (!seen.has(p.productId)) seen.set(p.productId, p.productName ?? p.productId);
  return [...seen].map(([code, name]) => ({ code, name }));
}

const isObjectionType = (v: string): v is ObjectionType => (OBJECTION_TYPES as readonly string[]).includes(v);

export const actions: Actions = {
  /** 异议: typed, about one product, with a statement; the API judges the objection period. */
  objection: async (event) => {
    const { client, round } = await loadCompanyRound(event);
    const form = await event.request.formData();
    const values = {
      type: String(form.get('type') ?? ''),
      productCode: String(form.get('productCode') ?? ''),
      statement: String(form.get('statement') ?? '').trim(),
    };
    const fields: Record<string, string> = {};
    if (!isObjectionType(values.type)) fields.type = m.objection_type_missing();
    if (!values.productCode) fields.productCode = m.objection_product_missing();
    if (!values.statement) fields.statement = m.objection_statement_missing();
    if (Object.keys(fields).length || !isObjectionType(values.type))
      return fail(400, { form: 'objection' as const, values, fields, message: null as string | null });

    const { error, response } = await client.POST('/rounds/{roundId}/objections', {
      params: { path: { roundId: round.id } },
      body: { type: values.type, productCode: values.productCode, statement: values.statement },
    });
    if (error) {
      const problem = readProblem(error, m.objection_failed());
      return fail(response.status, {
        form: 'objection' as const,
        values,
        fields: problem.fields,
        message: problem.message,
      });
    }
    return { form: 'objection' as const, filed: true };
  },

  /** 复活: accept or decline one offer, once, before the window closes (the API judges it). */
  revival: async (event) => {
    const { client, round } = await loadCompanyRound(event);
    const form = await event.request.formData();
    const offerId = String(form.get('offerId') ?? '');
    const answer = String(form.get('answer') ?? '');
    if (!offerId || (answer !== 'accept' && answer !== 'decline'))
      return fail(400, { form: 'revival' as const, offerId, message: m.revival_answer_missing() });
    const { error, response } = await client.POST('/rounds/{roundId}/revival-offers/{offerId}/answer', {
      params: { path: { roundId: round.id, offerId } },
      body: { answer },
    });
    if (error) {
      const problem = readProblem(error, m.revival_failed());
      return fail(response.status, { form: 'revival' as const, offerId, message: problem.message });
    }
    return { form: 'revival' as const, offerId, answered: answer };
  },
};
