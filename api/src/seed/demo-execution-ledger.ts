import {
  contractedAmount,
  Dec,
  DEFAULT_EXECUTION_RULES,
  minimumPrepayment,
  paymentDueDate,
  shanghaiDate,
  shanghaiInstant,
} from '@jicai/domain';
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DeliveryTable, PaymentTable, PurchaseTable } from '../purchases/ledger.table.js';
import { orderPlan, type LineOrder, type OrderedLine } from './demo-execution-orders.js';

type Trx = Transaction<Database>;

const RULES = DEFAULT_EXECUTION_RULES;
/** the demo's first hospital has an overdue invoice on any day the demo is started */
export const OVERDUE_LOGIN = 'hospital.bj1';

export const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
/** a moment of that Shanghai day, varied by `i` so that lists do not all read 09:00 */
const on = (day: string, hour: number, i: number) =>
  shanghaiInstant(day, hhmm(hour + (i % 3), (i * 13) % 60));

/** Every agreement line of the round with its parties and their logins' ids. */
export async function agreementLines(trx: Trx, roundId: string): Promise<OrderedLine[]> {
  return trx
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .innerJoin('organisation as h', 'h.id', 'a.hospital_id')
    .innerJoin('product as p', 'p.id', 'l.product_id')
    .innerJoin('app_user as hu', 'hu.organisation_id', 'a.hospital_id')
    .innerJoin('app_user as cu', 'cu.organisation_id', 'a.company_id')
    .select([
      'a.id as agreement_id',
      'a.hospital_id',
      'a.company_id',
      'h.region_code',
      'hu.login as hospital_login',
      'hu.id as hospital_user',
      'cu.id as company_user',
      'cu.login as company_login',
      'l.product_id',
      'p.code as product_code',
      'l.spec_code',
      'l.units_per_pack',
      'l.pack_price',
      'l.agreed_volume',
      'l.cycle_start',
    ])
    .where('a.round_id', '=', roundId)
    .orderBy('hu.login')
    .orderBy('p.code')
    .execute() as Promise<OrderedLine[]>;
}

/** Inserts rows in one statement; ids come back in the order given (an identity counts up row by row). */
async function insertPurchases(trx: Trx, rows: Insertable<PurchaseTable>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = await trx.insertInto('purchase').values(rows).returning('id').execute();
  return ids
    .map((r) => BigInt(r.id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(String);
}

/** The fund's prepayment at the cycle's start: the rules' minimum share of each hospital's annual amount. */
async function insertPrepayments(trx: Trx, roundId: string, lines: readonly OrderedLine[], adminId: string) {
  const byHospital = new Map<string, { amount: Dec; start: string }>();
  for (const l of lines) {
    const prior = byHospital.get(l.hospital_id);
    const amount = contractedAmount(new Dec(l.pack_price), BigInt(l.agreed_volume), l.units_per_pack);
    byHospital.set(l.hospital_id, {
      amount: (prior?.amount ?? new Dec(0)).plus(amount),
      start: l.cycle_start,
    });
  }
  const rows = [...byHospital].map(([hospitalId, { amount, start }], i) => ({
    round_id: roundId,
    hospital_id: hospitalId,
    amount: minimumPrepayment(amount, RULES).toFixed(2),
    paid_on: start,
    recorded_at: on(start, 10, i),
    recorded_by: adminId,
  }));
  const inserted = await trx
    .insertInto('prepayment')
    .values(rows)
    .returning(['id', 'hospital_id', 'amount'])
    .execute();
  return new Map(inserted.map((p) => [p.hospital_id, { id: p.id, left: new Dec(p.amount) }]));
}

interface Accepted {
  readonly order: LineOrder;
  readonly deliveryId: string;
  readonly acceptedOn: string;
  readonly acceptedPacks: number;
}

/**
 * Deliveries of every order older than four days (batch numbers, two years' shelf life), accepted
 * two days later when older than nine: one delivery came short, one with damaged packs.
 */
async function insertDeliveries(trx: Trx, orders: readonly LineOrder[], today: string): Promise<Accepted[]> {
  const rows: Insertable<DeliveryTable>[] = [];
  const delivered = orders.filter((o) => o.status === 'delivered' || o.status === 'accepted');
  for (const [i, o] of delivered.entries()) {
    const deliveredOn = addDays(o.orderedOn, 3);
    const accepted = o.status === 'accepted';
    const acceptedOn = addDays(deliveredOn, 2);
    const short = accepted && i === 5 && o.packs > 2 ? 2 : 0;
    const damaged = accepted && i === 11 && o.packs > 1 ? 1 : 0;
    rows.push({
      purchase_id: o.purchaseId as string,
      company_id: o.line.company_id,
      batch_no: `${o.line.product_code.slice(0, 3)}${o.orderedOn.replaceAll('-', '').slice(2)}${String(i + 1).padStart(3, '0')}`,
      expiry_on: addDays(o.orderedOn, 730 - 60),
      packs: o.packs,
      delivered_on: deliveredOn,
      delivered_at: on(deliveredOn, 14, i),
      delivered_by: o.line.company_user,
      ...(accepted && acceptedOn <= today
        ? {
            accepted_on: acceptedOn,
            accepted_at: on(acceptedOn, 9, i),
            accepted_by: o.line.hospital_user,
            accepted_packs: o.packs - short - damaged,
            short_packs: short,
            damaged_packs: damaged,
            acceptance_note: short
              ? '到货短少 2 盒，已请配送企业补送'
              : damaged
                ? '外包装破损 1 盒，拒收'
                : null,
          }
        : {}),
    });
  }
  if (rows.length === 0) return [];
  const ids = await trx.insertInto('delivery').values(rows).returning(['id', 'purchase_id']).execute();
  const byPurchase = new Map(ids.map((d) => [String(d.purchase_id), d.id]));
  return delivered.flatMap((o, i) => {
    const row = rows[i] as Insertable<DeliveryTable>;
    if (!row.accepted_on || !row.accepted_packs) return [];
    return [
      {
        order: o,
        deliveryId: byPurchase.get(o.purchaseId as string) as string,
        acceptedOn: row.accepted_on,
        acceptedPacks: row.accepted_packs,
      },
    ];
  });
}

/**
 * Invoices on every accepted delivery, due 30 days after acceptance; their payments: the cycle's
 * first month set off against the prepayment; after that most paid on time by the hospital, some
 * directly by the insurance fund, some late, and some still unpaid past their due date today.
 */
async function insertInvoicesAndPayments(
  trx: Trx,
  roundId: string,
  accepted: readonly Accepted[],
  prepayments: Map<string, { id: string; left: Dec }>,
  today: string,
  adminId: string,
) {
  if (accepted.length === 0) return;
  const invoices = await trx
    .insertInto('invoice')
    .values(
      accepted.map((a, i) => ({
        delivery_id: a.deliveryId,
        round_id: roundId,
        hospital_id: a.order.line.hospital_id,
        company_id: a.order.line.company_id,
        number: `${String(24_000_000 + i * 7919).padStart(8, '0')}`,
        amount: new Dec(a.order.line.pack_price).times(a.acceptedPacks).toFixed(2),
        issued_on: a.acceptedOn,
        due_on: paymentDueDate(a.acceptedOn, RULES),
        recorded_at: on(a.acceptedOn, 15, i),
      })),
    )
    .returning(['id', 'delivery_id', 'amount', 'issued_on', 'due_on', 'hospital_id'])
    .execute();
  const byDelivery = new Map(invoices.map((v) => [v.delivery_id, v]));
  const payments: Insertable<PaymentTable>[] = [];
  let bj1Overdue = false;
  for (const [j, a] of accepted.entries()) {
    const invoice = byDelivery.get(a.deliveryId);
    if (!invoice) continue;
    const amount = new Dec(invoice.amount);
    const prepaid = prepayments.get(invoice.hospital_id);
    const pay = (payer: 'hospital' | 'insurance-fund' | 'prepayment', paidOn: string) => {
      if (paidOn <= today)
        payments.push({
          invoice_id: invoice.id,
          payer,
          prepayment_id: payer === 'prepayment' ? (prepaid?.id ?? null) : null,
          amount: amount.toFixed(2),
          paid_on: paidOn,
          recorded_at: on(paidOn, 11, j),
          recorded_by: payer === 'hospital' ? a.order.line.hospital_user : adminId,
        });
    };
    if (a.order.month === 0 && prepaid && prepaid.left.gte(amount)) {
      prepaid.left = prepaid.left.minus(amount);
      pay('prepayment', addDays(invoice.issued_on, 3));
    } else if (invoice.due_on < today) {
      // overdue: still unpaid (and hospital.bj1's first one after the prepaid month, whatever the day)
      const demoOverdue = a.order.line.hospital_login === OVERDUE_LOGIN && !bj1Overdue;
      if (demoOverdue) bj1Overdue = true;
      if (j % 9 === 4 || demoOverdue) continue;
      if (j % 9 === 7) pay('hospital', addDays(invoice.due_on, 9 + (j % 5)));
      else if (j % 9 === 2) pay('insurance-fund', addDays(invoice.due_on, -2));
      else pay('hospital', addDays(invoice.due_on, -1 - (j % 15)));
    } else if (j % 3 === 0) pay('hospital', addDays(invoice.issued_on, 10));
  }
  if (payments.length > 0) await trx.insertInto('payment').values(payments).execute();
}

/**
 * Months of execution, written straight into the ledger's tables: orders at the awarded price (one
 * hospital's line beyond its agreed volume), deliveries, acceptances, invoices and payments, and the
 * fund's prepayments. The monthly rollup follows by itself (purchase triggers).
 */
export async function seedLedger(trx: Trx, roundId: string, now: Date, adminId: string): Promise<void> {
  const today = shanghaiDate(now);
  await trx
    .insertInto('payment_terms')
    .values({ round_id: roundId, region_code: null, due_days: RULES.paymentDueDays, set_by: adminId })
    .execute();
  const lines = await agreementLines(trx, roundId);
  const orders = orderPlan(lines, today);
  const ids = await insertPurchases(
    trx,
    orders.map((o, i) => ({
      round_id: roundId,
      hospital_id: o.line.hospital_id,
      region_code: o.line.region_code,
      product_id: o.line.product_id,
      company_id: o.line.company_id,
      agreement_id: o.line.agreement_id,
      spec_code: o.line.spec_code,
      packs: o.packs,
      units: o.packs * o.line.units_per_pack,
      pack_price: o.line.pack_price,
      amount: new Dec(o.line.pack_price).times(o.packs).toFixed(2),
      over_agreed: o.overAgreed,
      ordered_on: o.orderedOn,
      ordered_at: on(o.orderedOn, 9, i),
      ordered_by: o.line.hospital_user,
      source: 'order' as const,
      status: o.status,
      confirmed_at: o.status === 'ordered' ? null : on(addDays(o.orderedOn, 1), 10, i),
    })),
  );
  const placed = orders.map((o, i) => ({ ...o, purchaseId: ids[i] }));
  const prepayments = await insertPrepayments(trx, roundId, lines, adminId);
  const accepted = await insertDeliveries(trx, placed, today);
  await insertInvoicesAndPayments(trx, roundId, accepted, prepayments, today, adminId);
}
