import { daysOverdue, Dec, formatDecimal, invoiceStatus } from '@jicai/domain';
import type { InvoiceRow } from './invoices.repository.js';

const money = (value: string | Dec) => formatDecimal(new Dec(value), 2);

/** An invoice as its readers see it, its status on the round's date `today`. */
export function toInvoiceView(row: InvoiceRow, today: string) {
  const amount = new Dec(row.amount);
  const paid = new Dec(row.paid ?? '0');
  const outstanding = amount.minus(paid);
  const settledOn = outstanding.lte(0) ? (row.last_paid_on ?? null) : null;
  const status = invoiceStatus(row.due_on, settledOn, today);
  return {
    id: row.id,
    roundId: row.round_id,
    deliveryId: row.delivery_id,
    hospitalId: row.hospital_id,
    hospitalName: row.hospital_name,
    regionCode: row.region_code,
    companyId: row.company_id,
    companyName: row.company_name,
    productCode: row.product_code,
    productName: row.product_name,
    number: row.number,
    amount: money(amount),
    paid: money(paid),
    outstanding: money(outstanding),
    issuedOn: row.issued_on,
    acceptedOn: row.accepted_on ?? '',
    dueOn: row.due_on,
    status,
    daysOverdue: status === 'overdue' ? daysOverdue(row.due_on, today) : 0,
  };
}
export type InvoiceView = ReturnType<typeof toInvoiceView>;

export { money };
