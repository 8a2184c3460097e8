import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import { executionRound, invoicePage, refusal, text } from '$lib/server/money';
import type { Actions, PageServerLoad } from './$types';

/** 回款: the hospital's open invoices (overdue first to see), its prepayment balance, and a payment form. */
export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  const client = api(event);
  const { rounds, round } = await executionRound(client, event.url.searchParams.get('round'));
  if (!round) return { rounds, round: null, invoices: null, account: null };
  const cursor = event.url.searchParams.get('cursor');
  const invoices = await invoicePage(client, round.id, 'open', cursor);
  const { data: accounts } = await client.GET('/rounds/{roundId}/prepayments', {
    params: { path: { roundId: round.id }, query: { limit: 1 } },
  });
  if (!accounts) error(502, { message: m.error_body() });
  return { rounds, round, invoices, account: accounts.items[0] ?? null };
};

export const actions: Actions = {
  pay: async (event) => {
    requireHospital(event);
    const form = await event.request.formData();
    const values = {
      invoiceId: text(form, 'invoiceId'),
      amount: text(form, 'amount'),
      paidOn: text(form, 'paidOn'),
      payer: text(form, 'payer'),
    };
    const roundId = text(form, 'roundId');
    const { error: problem, response } = await api(event).POST(
      '/rounds/{roundId}/invoices/{invoiceId}/payments',
      {
        params: { path: { roundId, invoiceId: values.invoiceId } },
        body: {
          amount: values.amount,
          paidOn: values.paidOn,
          payer: values.payer as 'hospital' | 'insurance-fund' | 'prepayment',
        },
      },
    );
    if (problem) return refusal(response, problem, 'pay', values);
    redirect(303, `${event.url.pathname}?round=${encodeURIComponent(text(form, 'roundCode'))}&paid=1`);
  },
};
