import type { RequestEvent } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import { count, executionRounds, pickRound, submit, text } from '$lib/server/orders';
import type { Actions, PageServerLoad } from './$types';

/**
 * The hospital's purchasing (采购订单): its agreement lines of a round in its cycle (order one at the
 * awarded price), its orders (a page at a time, newest first) and the deliveries awaiting acceptance.
 */
export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  const client = api(event);
  const rounds = await executionRounds(client);
  const round = pickRound(rounds, event.url);
  if (!round) return { rounds, round: null, lines: [], orders: [], nextCursor: null, awaiting: [] };
  const path = { roundId: round.id };
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const status = event.url.searchParams.get('status') ?? undefined;
  const [lines, orders, awaiting] = await Promise.all([
    client.GET('/rounds/{roundId}/orderable-lines', { params: { path } }),
    client.GET('/rounds/{roundId}/orders', {
      params: { path, query: { limit: 20, cursor, status: status as 'ordered' | undefined } },
    }),
    client.GET('/rounds/{roundId}/deliveries', {
      params: { path, query: { awaiting: 'acceptance', limit: 100 } },
    }),
  ]);
  return {
    rounds,
    round,
    status: status ?? '',
    lines: lines.data?.items ?? [],
    orders: orders.data?.items ?? [],
    nextCursor: orders.data?.nextCursor ?? null,
    awaiting: awaiting.data?.items ?? [],
  };
};

const roundOf = async (event: RequestEvent) => pickRound(await executionRounds(api(event)), event.url);

export const actions: Actions = {
  place: async (event) => {
    requireHospital(event);
    const form = await event.request.formData();
    const round = await roundOf(event);
    const agreementId = text(form, 'agreementId');
    const productCode = text(form, 'productCode');
    const externalRef = text(form, 'externalRef');
    return submit(event, 'place', `${agreementId}|${productCode}`, () =>
      api(event).POST('/rounds/{roundId}/orders', {
        params: { path: { roundId: round?.id ?? 'none' } },
        body: {
          productCode,
          agreementId: agreementId || undefined,
          packs: count(form, 'packs'),
          externalRef: externalRef || undefined,
        },
      }),
    );
  },
  cancel: async (event) => {
    requireHospital(event);
    const form = await event.request.formData();
    const round = await roundOf(event);
    const orderId = text(form, 'orderId');
    return submit(event, 'cancel', orderId, () =>
      api(event).POST('/rounds/{roundId}/orders/{orderId}/cancellation', {
        params: { path: { roundId: round?.id ?? 'none', orderId } },
        body: { reason: text(form, 'reason') },
      }),
    );
  },
  accept: async (event) => {
    requireHospital(event);
    const form = await event.request.formData();
    const round = await roundOf(event);
    const deliveryId = text(form, 'deliveryId');
    return submit(event, 'accept', deliveryId, () =>
      api(event).POST('/rounds/{roundId}/deliveries/{deliveryId}/acceptance', {
        params: { path: { roundId: round?.id ?? 'none', deliveryId } },
        body: {
          acceptedPacks: count(form, 'acceptedPacks'),
          shortPacks: count(form, 'shortPacks', 0),
          damagedPacks: count(form, 'damagedPacks', 0),
          note: text(form, 'note') || undefined,
        },
      }),
    );
  },
};
