import type { RequestEvent } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import { count, executionRounds, pickRound, submit, text } from '$lib/server/orders';
import type { Actions, PageServerLoad } from './$types';

const STATUSES = ['ordered', 'confirmed', 'delivered', 'accepted', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];

/**
 * The company's orders to fill in a round of its cycle: open ones first (ordered, confirmed,
 * delivered), a page at a time, filtered by status or product; confirm one, record a delivery with
 * its batch and distributor; and the company's distributors (配送企业).
 */
export const load: PageServerLoad = async (event) => {
  requireCompany(event);
  const client = api(event);
  const rounds = await executionRounds(client);
  const round = pickRound(rounds, event.url);
  const distributors = await client.GET('/distributors', { params: { query: { limit: 200 } } });
  // the delivery form's default day: today in Beijing, on the platform's clock
  const { serverNow } = await event.parent();
  const today = new Date(Date.parse(serverNow) + 8 * 3_600_000).toISOString().slice(0, 10);
  const base = { rounds, today, distributors: distributors.data?.items ?? [] };
  if (!round) return { ...base, round: null, orders: [], nextCursor: null, status: '', productCode: '' };
  const asked = event.url.searchParams.get('status') ?? '';
  const status = STATUSES.includes(asked as Status) ? (asked as Status) : undefined;
  const productCode = event.url.searchParams.get('product')?.trim() || undefined;
  const { data } = await client.GET('/rounds/{roundId}/orders', {
    params: {
      path: { roundId: round.id },
      query: {
        limit: 20,
        cursor: event.url.searchParams.get('cursor') ?? undefined,
        ...(status ? { status } : { open: 'true' as const }),
        productCode,
      },
    },
  });
  return {
    ...base,
    round,
    orders: data?.items ?? [],
    nextCursor: data?.nextCursor ?? null,
    status: status ?? '',
    productCode: productCode ?? '',
  };
};

const roundOf = async (event: RequestEvent) => pickRound(await executionRounds(api(event)), event.url);

export const actions: Actions = {
  confirm: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const round = await roundOf(event);
    const orderId = text(form, 'orderId');
    return submit(event, 'confirm', orderId, () =>
      api(event).POST('/rounds/{roundId}/orders/{orderId}/confirmation', {
        params: { path: { roundId: round?.id ?? 'none', orderId } },
      }),
    );
  },
  deliver: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const round = await roundOf(event);
    const orderId = text(form, 'orderId');
    return submit(event, 'deliver', orderId, () =>
      api(event).POST('/rounds/{roundId}/orders/{orderId}/deliveries', {
        params: { path: { roundId: round?.id ?? 'none', orderId } },
        body: {
          batchNo: text(form, 'batchNo'),
          expiryOn: text(form, 'expiryOn') || undefined,
          packs: count(form, 'packs'),
          deliveredOn: text(form, 'deliveredOn'),
          distributorId: text(form, 'distributorId') || undefined,
        },
      }),
    );
  },
  distributor: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const regions = text(form, 'regions')
      .split(/[\s,，、]+/)
      .filter((r) => r !== '');
    return submit(event, 'distributor', 'new', () =>
      api(event).POST('/distributors', {
        body: { name: text(form, 'name'), uscc: text(form, 'uscc'), regions },
      }),
    );
  },
};
