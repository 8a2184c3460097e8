import type { ExecutionRules } from './execution-rules.js';

export type PaymentStatus = 'paid' | 'paid-late' | 'due' | 'overdue';

/** docs/rules.md §12.1: payment is due `paymentDueDays` calendar days after the delivery's acceptance date. */
export function paymentDueDate(acceptedOn: string, rules: ExecutionRules): string {
  const due = new Date(`${acceptedOn}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + rules.paymentDueDays);
  return due.toISOString().slice(0, 10);
}

/** docs/rules.md §12.1: paid on or before the due date is on time; later, or still unpaid after it on `today`, is overdue. */
export function paymentStatus(
  acceptedOn: string,
  paidOn: string | null,
  today: string,
  rules: ExecutionRules,
): PaymentStatus {
  const due = paymentDueDate(acceptedOn, rules);
  if (paidOn !== null) return paidOn <= due ? 'paid' : 'paid-late';
  return today <= due ? 'due' : 'overdue';
}
