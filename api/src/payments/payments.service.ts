import { contractedAmount, daysOverdue, Dec, minimumPrepayment } from '@jicai/domain';
import type { Payer } from '../purchases/ledger.table.js';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { AppError, notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { findInvoice, lockInvoice, pageOverdue, paidOn } from './invoices.repository.js';
import { executionRules, moneyScopeOf, roundToday } from './money-context.js';
import { findRoundRuleset } from './payment-terms.repository.js';
import { money, toInvoiceView } from './payments.mapper.js';
import {
  agreementLinesOf,
  findAgreementHospital,
  insertPayments,
  insertPrepayment,
  lockPrepayments,
  pageAgreementHospitals,
  prepaymentTotals,
} from './prepayments.repository.js';

export interface PaymentInput {
  readonly amount: string;
  readonly paidOn: string;
  readonly payer: Payer;
}

const refused = (path: string, code: string, en: string, zh: string, extra: Record<string, unknown> = {}) =>
  new AppError(
    'VALIDATION_FAILED',
    { en: `${path}: ${en}`, zh: `${path}：${zh}` },
    [{ path, code, message: en, messageZh: zh }],
    extra,
  );

/**
 * The hospital records a payment (回款) of its invoice: by itself, directly by the insurance fund
 * (医保直接结算), or set off against the fund's prepayment, oldest prepayment first (refused when
 * the prepayments' balance is short). Never more than the invoice's outstanding amount.
 */
export async function recordPayment(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  invoiceId: string,
  input: PaymentInput,
) {
  const today = await roundToday(deps.db, actor, roundId);
  await deps.db.transaction().execute(async (trx) => {
    const invoice = await lockInvoice(trx, roundId, invoiceId);
    if (!invoice || invoice.hospital_id !== actor.organisationId) throw notFound('invoice', '该发票');
    const amount = new Dec(input.amount);
    if (amount.lte(0)) throw refused('amount', 'PAYMENT_NOT_POSITIVE', 'must be more than 0', '须大于 0');
    if (input.paidOn > today)
      throw refused('paidOn', 'PAID_IN_FUTURE', `not after today (${today})`, `不能晚于今天（${today}）`);
    const outstanding = new Dec(invoice.amount).minus(await paidOn(trx, invoiceId));
    if (amount.gt(outstanding))
      throw refused(
        'amount',
        'PAYMENT_EXCEEDS_OUTSTANDING',
        `more than the invoice’s outstanding ${money(outstanding)}`,
        `超过该发票未付金额 ${money(outstanding)}`,
        { outstanding: money(outstanding) },
      );
    const rows = [];
    const base = { invoice_id: invoiceId, paid_on: input.paidOn, recorded_by: actor.userId };
    if (input.payer === 'prepayment') {
      const pools = await lockPrepayments(trx, roundId, invoice.hospital_id);
      const balance = pools.reduce((sum, p) => sum.plus(p.left), new Dec(0));
      if (amount.gt(balance))
        throw refused(
          'amount',
          'PREPAYMENT_SHORT',
          `more than the prepayment balance ${money(balance)}`,
          `超过医保基金预付款余额 ${money(balance)}`,
          { prepaymentBalance: money(balance) },
        );
      let left = amount;
      for (const pool of pools) {
        const take = Dec.min(left, new Dec(pool.left));
        if (take.lte(0)) continue;
        rows.push({ ...base, payer: 'prepayment' as const, prepayment_id: pool.id, amount: take.toString() });
        left = left.minus(take);
        if (left.lte(0)) break;
      }
    } else {
      rows.push({ ...base, payer: input.payer, prepayment_id: null, amount: amount.toString() });
    }
    const inserted = await insertPayments(trx, rows);
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'payment.recorded',
      subject: `invoice:${invoiceId}`,
      payload: {
        payments: inserted.map((p) => p.id),
        payer: input.payer,
        amount: money(amount),
        paidOn: input.paidOn,
        ...(input.payer === 'prepayment' && { prepayments: rows.map((r) => [r.prepayment_id, r.amount]) }),
      },
    });
  });
  return toInvoiceView((await findInvoice(deps.db, roundId, invoiceId, {}))!, today);
}

export interface PrepaymentInput {
  readonly hospitalId: string;
  readonly amount: string;
  readonly paidOn: string;
}

/** The office records the fund's prepayment (医保基金预付) to a hospital with agreements in the round. */
export async function recordPrepayment(deps: AppDeps, actor: Actor, roundId: string, input: PrepaymentInput) {
  const today = await roundToday(deps.db, actor, roundId);
  const id = await deps.db.transaction().execute(async (trx) => {
    if (!(await findAgreementHospital(trx, roundId, input.hospitalId)))
      throw refused(
        'hospitalId',
        'NO_AGREEMENT',
        'not a hospital with agreements in this round',
        '不是本轮次签有购销协议的医疗机构',
      );
    if (new Dec(input.amount).lte(0))
      throw refused('amount', 'PREPAYMENT_NOT_POSITIVE', 'must be more than 0', '须大于 0');
    if (input.paidOn > today)
      throw refused('paidOn', 'PAID_IN_FUTURE', `not after today (${today})`, `不能晚于今天（${today}）`);
    const row = await insertPrepayment(trx, {
      round_id: roundId,
      hospital_id: input.hospitalId,
      amount: input.amount,
      paid_on: input.paidOn,
      recorded_by: actor.userId,
    });
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'prepayment.recorded',
      subject: `prepayment:${row.id}`,
      payload: { hospitalId: input.hospitalId, amount: money(input.amount), paidOn: input.paidOn },
    });
    return row.id;
  });
  const [account] = (await prepaymentAccounts(deps, actor, roundId, { limit: 1 }, input.hospitalId)).items;
  return { id, ...account! };
}

/**
 * Each hospital's prepayment account in the round: its annual contracted amount (Σ contractedAmount
 * over its agreement lines; agreed volumes are yearly), the minimum the fund prepays, what was
 * prepaid and set off, and the balance.
 */
export async function prepaymentAccounts(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  page: Page,
  onlyHospital?: string,
) {
  await roundToday(deps.db, actor, roundId);
  const scope = onlyHospital ? { ...moneyScopeOf(actor), hospitalId: onlyHospital } : moneyScopeOf(actor);
  const hospitals = await pageAgreementHospitals(deps.db, roundId, scope, page);
  const ids = hospitals.items.map((h) => h.id);
  const [lines, totals, round] = await Promise.all([
    agreementLinesOf(deps.db, roundId, ids),
    prepaymentTotals(deps.db, roundId, ids),
    findRoundRuleset(deps.db, roundId),
  ]);
  const rules = executionRules(round?.ruleset_frozen ?? null);
  return mapPage(hospitals, (h) => {
    const annual = lines
      .filter((l) => l.hospital_id === h.id)
      .reduce(
        (sum, l) =>
          sum.plus(contractedAmount(new Dec(l.pack_price), BigInt(l.agreed_volume), l.units_per_pack)),
        new Dec(0),
      );
    const minimum = minimumPrepayment(annual, rules);
    const { prepaid, setOff } = totals.get(h.id) ?? { prepaid: '0', setOff: '0' };
    return {
      hospitalId: h.id,
      hospitalName: h.name,
      regionCode: h.region_code,
      annualContractedAmount: money(annual),
      minimum: money(minimum),
      prepaid: money(prepaid),
      setOff: money(setOff),
      balance: money(new Dec(prepaid).minus(setOff)),
      belowMinimum: new Dec(prepaid).lt(minimum),
    };
  });
}

/** Overdue invoices grouped by hospital, region or company, the longest overdue first. */
export async function listOverdue(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  by: 'hospital' | 'region' | 'company',
  page: Page,
) {
  const today = await roundToday(deps.db, actor, roundId);
  const rows = await pageOverdue(deps.db, roundId, moneyScopeOf(actor), today, by, page);
  return mapPage(rows, (r) => ({
    by,
    key: r.key,
    name: r.name ?? r.key,
    invoices: r.invoices,
    outstanding: money(r.outstanding),
    maxDaysOverdue: daysOverdue(r.oldest_due_on, today),
    oldestDueOn: r.oldest_due_on,
  }));
}
