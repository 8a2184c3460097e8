import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import { executionRound, invoicePage, MONEY_PAGE, refusal, text } from '$lib/server/money';
import type { Actions, PageServerLoad } from './$types';

/** the invoice list's filters: every invoice, the unpaid, the overdue */
const STATUSES = ['open', 'overdue'] as const;

/** 应收账款: the company's invoices (due, overdue), and its accepted deliveries still to invoice. */
export const load: PageServerLoad = async (event) => {
  requireCompany(event);
  const client = api(event);
  const params = event.url.searchParams;
  const { rounds, round } = await executionRound(client, params.get('round'));
  if (!round) return { rounds, round: null, status: null, invoices: null, deliveries: null };
  const status = STATUSES.find((s) => s === params.get('status'));
  const invoices = await invoicePage(client, round.id, status, params.get('cursor'));
  const { data: deliveries } = await client.GET('/rounds/{roundId}/invoiceable-deliveries', {
    params: { path: { roundId: round.id }, query: { limit: MONEY_PAGE } },
  });
  if (!deliveries) error(502, { message: m.error_body() });
  return { rounds, round, status: status ?? null, invoices, deliveries };
};

export const actions: Actions = {
  invoice: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const values = {
      deliveryId: text(form, 'deliveryId'),
      number: text(form, 'number'),
      issuedOn: text(form, 'issuedOn'),
      amount: text(form, 'amount'),
    };
    const { error: problem, response } = await api(event).POST(
      '/rounds/{roundId}/deliveries/{deliveryId}/invoice',
      {
        params: { path: { roundId: text(form, 'roundId'), deliveryId: values.deliveryId } },
        body: { number: values.number, issuedOn: values.issuedOn, amount: values.amount },
      },
    );
    if (problem) return refusal(response, problem, 'invoice', values);
    redirect(303, `${event.url.pathname}?round=${encodeURIComponent(text(form, 'roundCode'))}&invoiced=1`);
  },
};
