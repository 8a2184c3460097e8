import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { MONEY_PAGE, refusal, text } from '$lib/server/money';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import type { Actions, PageServerLoad } from './$types';

const GROUPINGS = ['hospital', 'region', 'company'] as const;
type Grouping = (typeof GROUPINGS)[number];

/** 回款管理: the round's payment terms, the fund's prepayments against their minimum, overdue lists. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const params = event.url.searchParams;
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const by: Grouping = GROUPINGS.find((g) => g === params.get('by')) ?? 'hospital';
  const path = { roundId: round.id };
  const [terms, accounts, overdue] = await Promise.all([
    client.GET('/rounds/{roundId}/payment-terms', { params: { path } }),
    client.GET('/rounds/{roundId}/prepayments', {
      params: {
        path,
        query: {
          limit: MONEY_PAGE,
          ...(params.get('prepaymentCursor') && { cursor: params.get('prepaymentCursor') as string }),
        },
      },
    }),
    client.GET('/rounds/{roundId}/payments/overdue', {
      params: {
        path,
        query: {
          by,
          limit: MONEY_PAGE,
          ...(params.get('overdueCursor') && { cursor: params.get('overdueCursor') as string }),
        },
      },
    }),
  ]);
  if (!terms.data || !accounts.data || !overdue.data) error(502, { message: m.error_body() });
  return {
    round: {
      id: round.id,
      code: round.code,
      name: round.name,
      state: round.state,
      regions: round.regions,
    },
    terms: terms.data,
    accounts: accounts.data,
    by,
    overdue: overdue.data,
  };
};

type Terms = { dueDays: number; workingDays: boolean };
type RegionTerms = Terms & { regionCode: string };

/** The round's terms now, as the PUT that replaces them takes them. */
async function currentTerms(client: ReturnType<typeof api>, roundId: string) {
  const { data } = await client.GET('/rounds/{roundId}/payment-terms', { params: { path: { roundId } } });
  if (!data) error(502, { message: m.error_body() });
  return {
    round: data.round,
    regions: data.regions.map((r) => ({
      regionCode: r.regionCode,
      dueDays: r.dueDays,
      workingDays: r.workingDays,
    })),
  };
}

async function putTerms(
  event: Parameters<Actions[string]>[0],
  roundId: string,
  body: { round: Terms | null; regions: RegionTerms[] },
  form: string,
  values: Record<string, string>,
) {
  const { error: problem, response } = await api(event).PUT('/rounds/{roundId}/payment-terms', {
    params: { path: { roundId } },
    body,
  });
  if (problem) return refusal(response, problem, form, values);
  redirect(303, `${event.url.pathname}?saved=terms`);
}

/** A whole number typed in a form, or NaN (the API says what is wrong with it). */
const whole = (value: string) => (/^\d{1,4}$/.test(value) ? Number.parseInt(value, 10) : Number.NaN);

export const actions: Actions = {
  roundTerms: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const roundId = text(form, 'roundId');
    const values = { dueDays: text(form, 'dueDays'), workingDays: text(form, 'workingDays') };
    const now = await currentTerms(api(event), roundId);
    const round = { dueDays: whole(values.dueDays), workingDays: values.workingDays === 'on' };
    return putTerms(event, roundId, { ...now, round }, 'roundTerms', values);
  },
  regionTerms: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const roundId = text(form, 'roundId');
    const values = {
      regionCode: text(form, 'regionCode'),
      dueDays: text(form, 'dueDays'),
      workingDays: text(form, 'workingDays'),
    };
    const now = await currentTerms(api(event), roundId);
    const region = {
      regionCode: values.regionCode,
      dueDays: whole(values.dueDays),
      workingDays: values.workingDays === 'on',
    };
    const regions = [...now.regions.filter((r) => r.regionCode !== region.regionCode), region];
    return putTerms(event, roundId, { ...now, regions }, 'regionTerms', values);
  },
  removeRegionTerms: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const roundId = text(form, 'roundId');
    const now = await currentTerms(api(event), roundId);
    const regions = now.regions.filter((r) => r.regionCode !== text(form, 'regionCode'));
    return putTerms(event, roundId, { ...now, regions }, 'regionTerms', {});
  },
  prepayment: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values = {
      hospitalId: text(form, 'hospitalId'),
      amount: text(form, 'amount'),
      paidOn: text(form, 'paidOn'),
    };
    const { error: problem, response } = await api(event).POST('/rounds/{roundId}/prepayments', {
      params: { path: { roundId: text(form, 'roundId') } },
      body: values,
    });
    if (problem) return refusal(response, problem, 'prepayment', values);
    redirect(303, `${event.url.pathname}?saved=prepayment`);
  },
};
