import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { instantKey, key, keysetPage, type Page } from '../http/list.js';
import type { OrderScope } from './orders.repository.js';
import { roundToday } from './purchase-sql.js';

type Q = Kysely<Database> | Transaction<Database>;

export interface DeliveryFilter {
  readonly awaitingAcceptance?: boolean;
  readonly orderId?: string;
}

function deliveriesQuery(db: Q, roundId: string, scope: OrderScope) {
  let q = db
    .selectFrom('delivery as d')
    .innerJoin('purchase as p', 'p.id', 'd.purchase_id')
    .innerJoin('organisation as h', 'h.id', 'p.hospital_id')
    .innerJoin('organisation as c', 'c.id', 'p.company_id')
    .innerJoin('product as pr', 'pr.id', 'p.product_id')
    .leftJoin('distributor as x', 'x.id', 'd.distributor_id')
    .where('p.round_id', '=', roundId)
    .selectAll('d')
    .select([
      'p.hospital_id',
      'p.round_id',
      'h.name as hospital_name',
      'c.name as company_name',
      'pr.code as product_code',
      'pr.name as product_name',
      'x.name as distributor_name',
      instantKey('d.delivered_at').as('delivered_key'),
    ]);
  if (scope.hospitalId) q = q.where('p.hospital_id', '=', scope.hospitalId);
  if (scope.companyId) q = q.where('p.company_id', '=', scope.companyId);
  return q;
}
export type DeliveryRow = Awaited<ReturnType<ReturnType<typeof deliveriesQuery>['executeTakeFirstOrThrow']>>;

export function pageDeliveries(
  db: Q,
  roundId: string,
  scope: OrderScope,
  filter: DeliveryFilter,
  page: Page,
) {
  let q = deliveriesQuery(db, roundId, scope);
  if (filter.awaitingAcceptance) q = q.where('d.accepted_at', 'is', null);
  if (filter.orderId) q = q.where('d.purchase_id', '=', filter.orderId);
  return keysetPage(
    q,
    [
      key<DeliveryRow>('delivered_key', (r) => r.delivered_key, true),
      key<DeliveryRow>('d.id', (r) => r.id, true),
    ],
    page,
  );
}

export function findScopedDelivery(db: Q, roundId: string, deliveryId: string, scope: OrderScope) {
  return deliveriesQuery(db, roundId, scope).where('d.id', '=', deliveryId).executeTakeFirst();
}

/** The order's deliveries as its fulfilment counts them (call with the order locked). */
export function findDeliveryCounts(db: Q, orderId: string) {
  return db
    .selectFrom('delivery')
    .select(['packs', 'accepted_packs as acceptedPacks'])
    .where('purchase_id', '=', orderId)
    .execute();
}

export function findCompanyDistributor(db: Q, companyId: string, distributorId: string) {
  return db
    .selectFrom('distributor')
    .select(['id', 'name'])
    .where('id', '=', distributorId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
}

export async function roundTodayOf(db: Q, roundId: string): Promise<string> {
  const { rows } = await sql<{ today: string }>`select ${roundToday(roundId)}::text as today`.execute(db);
  return (rows[0] as { today: string }).today;
}

export interface NewDelivery {
  readonly orderId: string;
  readonly companyId: string;
  readonly distributorId: string | null;
  readonly batchNo: string;
  readonly expiryOn: string | null;
  readonly packs: number;
  readonly deliveredOn: string;
  readonly userId: string;
}

export async function insertDelivery(trx: Transaction<Database>, d: NewDelivery): Promise<string> {
  const row = await trx
    .insertInto('delivery')
    .values({
      purchase_id: d.orderId,
      company_id: d.companyId,
      distributor_id: d.distributorId,
      batch_no: d.batchNo,
      expiry_on: d.expiryOn,
      packs: d.packs,
      delivered_on: d.deliveredOn,
      delivered_by: d.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function lockDelivery(trx: Transaction<Database>, deliveryId: string) {
  await trx.selectFrom('delivery').select('id').where('id', '=', deliveryId).forUpdate().execute();
}

export interface Acceptance {
  readonly acceptedPacks: number;
  readonly shortPacks: number;
  readonly damagedPacks: number;
  readonly note: string | null;
}

/** Records the acceptance on the round's date; false when it was already accepted (a lost race). */
export async function acceptDelivery(
  trx: Transaction<Database>,
  roundId: string,
  deliveryId: string,
  userId: string,
  a: Acceptance,
): Promise<boolean> {
  const result = await trx
    .updateTable('delivery')
    .set({
      accepted_at: sql<Date>`jicai_now()`,
      accepted_on: roundToday(roundId),
      accepted_by: userId,
      accepted_packs: a.acceptedPacks,
      short_packs: a.shortPacks,
      damaged_packs: a.damagedPacks,
      acceptance_note: a.note,
    })
    .where('id', '=', deliveryId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
