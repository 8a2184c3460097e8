import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { key, keysetPage, type Page } from '../http/list.js';
import type { PurchaseStatus } from './ledger.table.js';
import { deliveredPacks, lineActivity, roundToday, usedUnits } from './purchase-sql.js';
import { isLineActive } from '@jicai/domain';

type Q = Kysely<Database> | Transaction<Database>;

/** Whose orders a reader sees: a hospital its own, a company those placed with it, the office all. */
export interface OrderScope {
  readonly hospitalId?: string;
  readonly companyId?: string;
}

export interface OrderFilter {
  readonly status?: PurchaseStatus;
  readonly open?: boolean;
  readonly productCode?: string;
}

/** A hospital's agreement lines in the round, with what it used of each and whether it is active today. */
export function findAgreementLines(db: Q, roundId: string, hospitalId: string, productId?: string) {
  let q = db
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .innerJoin('product as pr', 'pr.id', 'l.product_id')
    .innerJoin('organisation as c', 'c.id', 'a.company_id')
    .where('a.round_id', '=', roundId)
    .where('a.hospital_id', '=', hospitalId)
    .select([
      'l.agreement_id',
      'l.product_id',
      'l.spec_code',
      'l.units_per_pack',
      'l.pack_price',
      'l.agreed_volume',
      'l.supply',
      'l.cycle_start',
      'l.cycle_end',
      'l.ended_on',
      sql<boolean>`a.hospital_signed_at is not null`.as('hospital_signed'),
      sql<boolean>`a.company_signed_at is not null`.as('company_signed'),
      roundToday(sql.ref('a.round_id')).as('today'),
      'a.company_id',
      'c.name as company_name',
      'pr.code as product_code',
      'pr.name as product_name',
      lineActivity.as('activity'),
      usedUnits.as('used_units'),
    ])
    .orderBy('pr.code')
    .orderBy('l.supply')
    .orderBy('c.name');
  if (productId) q = q.where('l.product_id', '=', productId);
  return q.execute();
}
export type AgreementLineRow = Awaited<ReturnType<typeof findAgreementLines>>[number];

/** The domain's rule (docs/rules.md §12.7) on the line as read; `activity` says why when it is not active. */
export const lineIsActive = (l: AgreementLineRow) =>
  isLineActive(
    {
      hospitalSigned: l.hospital_signed,
      companySigned: l.company_signed,
      cycleStart: l.cycle_start,
      cycleEnd: l.cycle_end,
      endedOn: l.ended_on,
    },
    l.today,
  );

/** Locks the agreement line an order is placed on: orders on one line are marked over-agreed in turn. */
export async function lockAgreementLine(trx: Transaction<Database>, agreementId: string, productId: string) {
  await trx
    .selectFrom('agreement_line')
    .select('agreement_id')
    .where('agreement_id', '=', agreementId)
    .where('product_id', '=', productId)
    .forUpdate()
    .execute();
}

export function findProductByCode(db: Q, roundId: string, code: string) {
  return db
    .selectFrom('product')
    .select(['id', 'code'])
    .where('round_id', '=', roundId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function findHospitalRegion(db: Q, hospitalId: string) {
  return db.selectFrom('organisation').select('region_code').where('id', '=', hospitalId).executeTakeFirst();
}

export function findOrderByExternalRef(db: Q, hospitalId: string, externalRef: string) {
  return db
    .selectFrom('purchase')
    .select('id')
    .where('hospital_id', '=', hospitalId)
    .where('external_ref', '=', externalRef)
    .executeTakeFirst();
}

export interface NewOrder {
  readonly roundId: string;
  readonly hospitalId: string;
  readonly regionCode: string;
  readonly productId: string;
  readonly companyId: string;
  readonly agreementId: string;
  readonly specCode: string;
  readonly packs: number;
  readonly units: string;
  readonly packPrice: string;
  readonly amount: string;
  readonly overAgreed: boolean;
  readonly externalRef: string | null;
  readonly userId: string;
}

export async function insertOrder(trx: Transaction<Database>, o: NewOrder): Promise<string> {
  const row = await trx
    .insertInto('purchase')
    .values({
      round_id: o.roundId,
      hospital_id: o.hospitalId,
      region_code: o.regionCode,
      product_id: o.productId,
      company_id: o.companyId,
      agreement_id: o.agreementId,
      spec_code: o.specCode,
      packs: o.packs,
      units: o.units,
      pack_price: o.packPrice,
      amount: o.amount,
      over_agreed: o.overAgreed,
      ordered_on: roundToday(o.roundId),
      ordered_by: o.userId,
      source: 'order',
      external_ref: o.externalRef,
      status: 'ordered',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function ordersQuery(db: Q, roundId: string, scope: OrderScope) {
  let q = db
    .selectFrom('purchase as p')
    .innerJoin('organisation as h', 'h.id', 'p.hospital_id')
    .innerJoin('organisation as c', 'c.id', 'p.company_id')
    .innerJoin('product as pr', 'pr.id', 'p.product_id')
    .where('p.round_id', '=', roundId)
    .where('p.source', '=', 'order')
    .selectAll('p')
    .select([
      'h.name as hospital_name',
      'c.name as company_name',
      'pr.code as product_code',
      'pr.name as product_name',
      deliveredPacks.as('delivered_packs'),
    ]);
  if (scope.hospitalId) q = q.where('p.hospital_id', '=', scope.hospitalId);
  if (scope.companyId) q = q.where('p.company_id', '=', scope.companyId);
  return q;
}
export type OrderRow = Awaited<ReturnType<ReturnType<typeof ordersQuery>['executeTakeFirstOrThrow']>>;

/** The round's orders the reader sees, newest first, filtered. */
export function pageOrders(db: Q, roundId: string, scope: OrderScope, filter: OrderFilter, page: Page) {
  let q = ordersQuery(db, roundId, scope);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  if (filter.open) q = q.where('p.status', 'in', ['ordered', 'confirmed', 'delivered']);
  if (filter.productCode) q = q.where('pr.code', '=', filter.productCode);
  return keysetPage(q, [key<OrderRow>('p.id', (r) => r.id, true)], page);
}

/** One order the reader sees (undefined: none, or another's), optionally locked for a change. */
export function findScopedOrder(db: Q, roundId: string, orderId: string, scope: OrderScope) {
  return ordersQuery(db, roundId, scope).where('p.id', '=', orderId).executeTakeFirst();
}

export async function lockOrder(trx: Transaction<Database>, orderId: string) {
  await trx.selectFrom('purchase').select('id').where('id', '=', orderId).forUpdate().execute();
}

export async function confirmOrder(trx: Transaction<Database>, orderId: string) {
  await trx
    .updateTable('purchase')
    .set({ status: 'confirmed', confirmed_at: sql<Date>`jicai_now()` })
    .where('id', '=', orderId)
    .execute();
}

export async function cancelOrder(
  trx: Transaction<Database>,
  orderId: string,
  userId: string,
  reason: string,
) {
  await trx
    .updateTable('purchase')
    .set({
      status: 'cancelled',
      cancelled_at: sql<Date>`jicai_now()`,
      cancelled_by: userId,
      cancel_reason: reason,
    })
    .where('id', '=', orderId)
    .execute();
}

export async function setOrderStatus(trx: Transaction<Database>, orderId: string, status: PurchaseStatus) {
  await trx
    .updateTable('purchase')
    .set({ status })
    .where('id', '=', orderId)
    .where('status', '<>', status)
    .execute();
}
