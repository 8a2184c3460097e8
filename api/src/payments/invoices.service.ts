import { Dec, paymentDueOn } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { AppError, notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { loadCalendarExceptions } from '../rounds/calendar.repository.js';
import {
  findInvoice,
  insertInvoice,
  invoiceNumberTaken,
  lockAcceptedDelivery,
  pageInvoiceableDeliveries,
  pageInvoices,
  type InvoiceStatusFilter,
} from './invoices.repository.js';
import { moneyScopeOf, roundToday } from './money-context.js';
import { termsFor } from './payment-terms.service.js';
import { money, toInvoiceView } from './payments.mapper.js';

export interface InvoiceInput {
  readonly number: string;
  readonly issuedOn: string;
  readonly amount: string;
}

const refused = (path: string, code: string, en: string, zh: string, extra: Record<string, unknown> = {}) =>
  new AppError(
    'VALIDATION_FAILED',
    { en: `${path}: ${en}`, zh: `${path}：${zh}` },
    [{ path, code, message: en, messageZh: zh }],
    extra,
  );

/**
 * The company records its invoice (发票) on an accepted delivery: the amount must be the accepted
 * packs at the awarded pack price, exactly; the due day is fixed now, from the acceptance day and
 * the terms in force for the hospital's region.
 */
export async function recordInvoice(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  deliveryId: string,
  input: InvoiceInput,
) {
  const today = await roundToday(deps.db, actor, roundId);
  const id = await deps.db.transaction().execute(async (trx) => {
    const delivery = await lockAcceptedDelivery(trx, roundId, deliveryId, actor.organisationId);
    if (!delivery) throw notFound('delivery', '该配送记录');
    if (delivery.accepted_on === null || delivery.accepted_packs === null)
      throw new AppError('INVALID_STATE', {
        en: 'an invoice follows the hospital’s acceptance (验收): this delivery is not accepted yet',
        zh: '发票须在医院验收之后开具：该配送尚未验收',
      });
    if (delivery.accepted_packs === 0)
      throw new AppError('INVALID_STATE', {
        en: 'nothing of this delivery was accepted: there is nothing to invoice',
        zh: '该配送验收合格数量为 0，无可开票金额',
      });
    const expected = new Dec(delivery.pack_price).times(delivery.accepted_packs);
    if (!new Dec(input.amount).equals(expected))
      throw refused(
        'amount',
        'INVOICE_AMOUNT_MISMATCH',
        `must be the accepted packs × the awarded pack price: ${delivery.accepted_packs} × ${money(delivery.pack_price)} = ${money(expected)}`,
        `须等于验收合格数量 × 中选价格：${delivery.accepted_packs} × ${money(delivery.pack_price)} = ${money(expected)}`,
        { expectedAmount: money(expected) },
      );
    if (input.issuedOn < delivery.accepted_on)
      throw refused(
        'issuedOn',
        'ISSUED_BEFORE_ACCEPTANCE',
        `not before the acceptance day ${delivery.accepted_on}`,
        `不能早于验收日期 ${delivery.accepted_on}`,
      );
    if (input.issuedOn > today)
      throw refused('issuedOn', 'ISSUED_IN_FUTURE', `not after today (${today})`, `不能晚于今天（${today}）`);
    if (await invoiceNumberTaken(trx, actor.organisationId, input.number))
      throw refused(
        'number',
        'INVOICE_NUMBER_TAKEN',
        'your company already recorded an invoice with this number',
        '贵企业已登记过该发票号码',
      );
    const terms = await termsFor(trx, roundId, delivery.region_code);
    const dueOn = paymentDueOn(delivery.accepted_on, terms, await loadCalendarExceptions(trx));
    const row = await insertInvoice(trx, {
      delivery_id: deliveryId,
      round_id: roundId,
      hospital_id: delivery.hospital_id,
      company_id: delivery.company_id,
      number: input.number,
      amount: money(expected),
      issued_on: input.issuedOn,
      due_on: dueOn,
    });
    if (!row)
      throw new AppError('CONFLICT', {
        en: 'this delivery already has an invoice',
        zh: '该配送已登记发票',
      });
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'invoice.recorded',
      subject: `invoice:${row.id}`,
      payload: {
        deliveryId,
        number: input.number,
        amount: money(expected),
        issuedOn: input.issuedOn,
        dueOn,
        terms,
      },
    });
    return row.id;
  });
  return toInvoiceView((await findInvoice(deps.db, roundId, id, {}))!, today);
}

export async function listInvoices(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  status: InvoiceStatusFilter | undefined,
  page: Page,
) {
  const today = await roundToday(deps.db, actor, roundId);
  const rows = await pageInvoices(deps.db, roundId, moneyScopeOf(actor), today, status, page);
  return mapPage(rows, (r) => toInvoiceView(r, today));
}

/** The company's accepted deliveries still without an invoice, with the amount the invoice must say. */
export async function listInvoiceableDeliveries(deps: AppDeps, actor: Actor, roundId: string, page: Page) {
  await roundToday(deps.db, actor, roundId);
  const rows = await pageInvoiceableDeliveries(deps.db, roundId, actor.organisationId, page);
  return mapPage(rows, (r) => ({
    deliveryId: r.id,
    hospitalId: r.hospital_id,
    hospitalName: r.hospital_name,
    productCode: r.product_code,
    productName: r.product_name,
    batchNo: r.batch_no,
    acceptedOn: r.accepted_on ?? '',
    acceptedPacks: r.accepted_packs ?? 0,
    packPrice: money(r.pack_price),
    amount: money(new Dec(r.pack_price).times(r.accepted_packs ?? 0)),
  }));
}
