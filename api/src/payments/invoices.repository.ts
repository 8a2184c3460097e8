import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { key, keysetPage, type Page } from '../http/list.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** Whose invoices a reader sees: a hospital its own, a company its own, a region bureau its region's. */
export interface MoneyScope {
  readonly hospitalId?: string;
  readonly companyId?: string;
  readonly regionCode?: string;
}

export type InvoiceStatusFilter = 'open' | 'due' | 'overdue' | 'paid' | 'paid-late';

/**
 * Invoices with what was paid on them and the day the last payment was made; `today` is the
 * round's date, for the status filter (the same rule as the domain's invoiceStatus).
 */
export function invoiceLedger(db: Q, roundId: string, scope: MoneyScope) {
  let q = db
    .selectFrom('invoice as i')
    .innerJoin('delivery as d', 'd.id', 'i.delivery_id')
    .innerJoin('purchase as p', 'p.id', 'd.purchase_id')
    .innerJoin('product as pr', 'pr.id', 'p.product_id')
    .innerJoin('organisation as h', 'h.id', 'i.hospital_id')
    .innerJoin('organisation as c', 'c.id', 'i.company_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('payment')
          .select([
            sql<string>`coalesce(sum(amount), 0)::text`.as('paid'),
            sql<string | null>`max(paid_on)::text`.as('last_paid_on'),
          ])
          .whereRef('payment.invoice_id', '=', 'i.id')
          .as('pay'),
      (join) => join.onTrue(),
    )
    .select([
      'i.id',
      'i.round_id',
      'i.delivery_id',
      'i.hospital_id',
      'h.name as hospital_name',
      'p.region_code',
      'i.company_id',
      'c.name as company_name',
      'pr.code as product_code',
      'pr.name as product_name',
      'i.number',
      'i.amount',
      'pay.paid',
      'pay.last_paid_on',
      'i.issued_on',
      'd.accepted_on',
      'i.due_on',
    ])
    .where('i.round_id', '=', roundId);
  if (scope.hospitalId) q = q.where('i.hospital_id', '=', scope.hospitalId);
  if (scope.companyId) q = q.where('i.company_id', '=', scope.companyId);
  if (scope.regionCode) q = q.where('p.region_code', '=', scope.regionCode);
  return q;
}
export type InvoiceRow = Awaited<ReturnType<ReturnType<typeof invoiceLedger>['executeTakeFirstOrThrow']>>;

const settled = sql<boolean>`(coalesce(pay.paid::numeric, 0) >= i.amount)`;

export function pageInvoices(
  db: Q,
  roundId: string,
  scope: MoneyScope,
  today: string,
  status: InvoiceStatusFilter | undefined,
  page: Page,
) {
  let q = invoiceLedger(db, roundId, scope);
  if (status === 'open') q = q.where(sql<boolean>`not ${settled}`);
  if (status === 'due') q = q.where(sql<boolean>`not ${settled} and i.due_on >= ${today}::date`);
  if (status === 'overdue') q = q.where(sql<boolean>`not ${settled} and i.due_on < ${today}::date`);
  if (status === 'paid') q = q.where(sql<boolean>`${settled} and pay.last_paid_on::date <= i.due_on`);
  if (status === 'paid-late') q = q.where(sql<boolean>`${settled} and pay.last_paid_on::date > i.due_on`);
  return keysetPage(
    q,
    [key<InvoiceRow>('i.due_on', (r) => r.due_on), key<InvoiceRow>('i.id', (r) => r.id)],
    page,
  );
}

export function findInvoice(db: Q, roundId: string, invoiceId: string, scope: MoneyScope) {
  return invoiceLedger(db, roundId, scope).where('i.id', '=', invoiceId).executeTakeFirst();
}

/** Takes the invoice's row lock: payments on one invoice are judged one after the other. */
export function lockInvoice(trx: Trx, roundId: string, invoiceId: string) {
  return trx
    .selectFrom('invoice')
    .select(['id', 'hospital_id', 'amount'])
    .where('round_id', '=', roundId)
    .where('id', '=', invoiceId)
    .forUpdate()
    .executeTakeFirst();
}

export async function paidOn(trx: Trx, invoiceId: string): Promise<string> {
  const row = await trx
    .selectFrom('payment')
    .select(sql<string>`coalesce(sum(amount), 0)::text`.as('paid'))
    .where('invoice_id', '=', invoiceId)
    .executeTakeFirstOrThrow();
  return row.paid;
}

/** An accepted delivery of the company in the round, with its price, locked while invoiced. */
export function lockAcceptedDelivery(trx: Trx, roundId: string, deliveryId: string, companyId: string) {
  return trx
    .selectFrom('delivery as d')
    .innerJoin('purchase as p', 'p.id', 'd.purchase_id')
    .select([
      'd.id',
      'd.accepted_on',
      'd.accepted_packs',
      'p.pack_price',
      'p.hospital_id',
      'p.company_id',
      'p.region_code',
    ])
    .where('p.round_id', '=', roundId)
    .where('d.id', '=', deliveryId)
    .where('d.company_id', '=', companyId)
    .forUpdate()
    .executeTakeFirst();
}

/** The company's accepted deliveries not yet invoiced (with a packs > 0 acceptance), oldest first. */
export function pageInvoiceableDeliveries(db: Q, roundId: string, companyId: string, page: Page) {
  const q = db
    .selectFrom('delivery as d')
    .innerJoin('purchase as p', 'p.id', 'd.purchase_id')
    .innerJoin('product as pr', 'pr.id', 'p.product_id')
    .innerJoin('organisation as h', 'h.id', 'p.hospital_id')
    .leftJoin('invoice as i', 'i.delivery_id', 'd.id')
    .select([
      'd.id',
      'p.hospital_id',
      'h.name as hospital_name',
      'pr.code as product_code',
      'pr.name as product_name',
      'd.batch_no',
      'd.accepted_on',
      'd.accepted_packs',
      'p.pack_price',
    ])
    .where('p.round_id', '=', roundId)
    .where('d.company_id', '=', companyId)
    .where('d.accepted_packs', '>', 0)
    .where('i.id', 'is', null);
  type Row = Awaited<ReturnType<(typeof q)['executeTakeFirstOrThrow']>>;
  return keysetPage(
    q,
    [key<Row>('d.accepted_on', (r) => r.accepted_on ?? ''), key<Row>('d.id', (r) => r.id)],
    page,
  );
}

export function insertInvoice(
  trx: Trx,
  row: {
    delivery_id: string;
    round_id: string;
    hospital_id: string;
    company_id: string;
    number: string;
    amount: string;
    issued_on: string;
    due_on: string;
  },
) {
  return trx
    .insertInto('invoice')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function invoiceNumberTaken(trx: Trx, companyId: string, number: string) {
  return trx
    .selectFrom('invoice')
    .select('delivery_id')
    .where('company_id', '=', companyId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** Overdue invoices (not settled, due before `today`) grouped by hospital, region or company. */
export function pageOverdue(
  db: Q,
  roundId: string,
  scope: MoneyScope,
  today: string,
  by: 'hospital' | 'region' | 'company',
  page: Page,
) {
  const open = invoiceLedger(db, roundId, scope)
    .leftJoin('region as r', 'r.code', 'p.region_code')
    .where(sql<boolean>`not ${settled} and i.due_on < ${today}::date`);
  const groupKey =
    by === 'hospital'
      ? sql<string>`i.hospital_id::text`
      : by === 'company'
        ? sql<string>`i.company_id::text`
        : sql<string>`p.region_code`;
  const groupName =
    by === 'hospital'
      ? sql<string>`min(h.name)`
      : by === 'company'
        ? sql<string>`min(c.name)`
        : sql<string>`min(r.name)`;
  const grouped = open
    .clearSelect()
    .select([
      groupKey.as('key'),
      groupName.as('name'),
      sql<number>`count(*)::int`.as('invoices'),
      sql<string>`sum(i.amount - coalesce(pay.paid::numeric, 0))::text`.as('outstanding'),
      sql<string>`min(i.due_on)::text`.as('oldest_due_on'),
    ])
    .groupBy(groupKey);
  const q = db.selectFrom(grouped.as('g')).selectAll();
  type Row = Awaited<ReturnType<(typeof q)['executeTakeFirstOrThrow']>>;
  return keysetPage(
    q,
    [key<Row>('g.oldest_due_on', (r) => r.oldest_due_on), key<Row>('g.key', (r) => r.key)],
    page,
  );
}
