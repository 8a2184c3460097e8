import { error, fail } from '@sveltejs/kit';
import { takesRegistrations, type RoundState } from '@jicai/domain';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

/**
 * 企业报名: the company registers which of the round's specs it bids on (批准文号, 原研/参比, 过评,
 * capacity), sees the office's review, and withdraws a registration while registrations are open.
 */
export const load: PageServerLoad = async (event) => {
  requireCompany(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { roundId: round.id };
  const [products, registrations] = await Promise.all([
    client.GET('/rounds/{roundId}/products', { params: { path } }),
    client.GET('/rounds/{roundId}/registrations', { params: { path, query: { limit: 500 } } }),
  ]);
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    open: takesRegistrations(round.state as RoundState),
    biddingOpensAt: round.calendar?.biddingOpensAt ?? null,
    specs: (products.data?.items ?? []).flatMap((p) =>
      p.specs.map((s) => ({
        value: `${p.id}:${s.id}`,
        label: `${p.code} ${p.name} · ${s.code} ${s.strength}${p.strengthUnit} × ${s.unitsPerPack}`,
      })),
    ),
    registrations: registrations.data?.items ?? [],
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const optional = (value: string) => (value === '' ? null : value);

export const actions: Actions = {
  /** Register one spec of the round as the company's product. */
  register: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const values = {
      spec: text(form, 'spec'),
      approvalNumber: text(form, 'approvalNumber'),
      approvalDate: text(form, 'approvalDate'),
      consistencyPassedOn: text(form, 'consistencyPassedOn'),
      annualCapacity: text(form, 'annualCapacity'),
      originator: form.get('originator') === 'on' ? 'on' : '',
      reference: form.get('reference') === 'on' ? 'on' : '',
    };
    const fields: Record<string, string> = {};
    const [productId, specId] = values.spec.split(':');
    if (!productId || !specId) fields.specId = m.reg_spec_missing();
    if (!values.approvalNumber) fields.approvalNumber = m.reg_approval_number_missing();
    if (!values.approvalDate) fields.approvalDate = m.reg_approval_date_missing();
    if (values.annualCapacity !== '' && !/^[0-9]{1,15}$/.test(values.annualCapacity))
      fields.annualCapacity = m.reg_capacity_invalid();
    if (Object.keys(fields).length)
      return fail(400, { action: 'register' as const, values, fields, message: null as string | null });
    const { error: problem, response } = await api(event).POST('/rounds/{roundId}/registrations', {
      params: { path: { roundId: event.params.roundCode } },
      body: {
        productId: productId as string,
        specId: specId as string,
        approvalNumber: values.approvalNumber,
        approvalDate: values.approvalDate,
        originator: values.originator === 'on',
        reference: values.reference === 'on',
        consistencyPassedOn: optional(values.consistencyPassedOn),
        // digits only (checked above): a whole number of packs, exact below 2^53
        annualCapacity: values.annualCapacity === '' ? null : Number.parseInt(values.annualCapacity, 10),
      },
    });
    if (problem !== undefined) {
      const p = readProblem(problem, m.reg_failed());
      return fail(response.status, {
        action: 'register' as const,
        values,
        fields: p.fields,
        message: p.message,
      });
    }
    return { action: 'register' as const, done: true };
  },

  /** Withdraw one of the company's registrations. */
  withdraw: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const id = text(form, 'registrationId');
    const { error: problem, response } = await api(event).DELETE('/rounds/{roundId}/registrations/{id}', {
      params: { path: { roundId: event.params.roundCode, id } },
      // a write without a body is judged by where it comes from (api/src/http/same-origin.ts): it
      // comes from this platform's own page, whose Origin SvelteKit checked before the action ran
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    if (problem !== undefined) {
      const p = readProblem(problem, m.reg_failed());
      return fail(response.status, { action: 'withdraw' as const, id, fields: p.fields, message: p.message });
    }
    return { action: 'withdraw' as const, done: true };
  },
};
