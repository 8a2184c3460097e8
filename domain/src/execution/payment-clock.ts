import { addWorkingDays, type CalendarExceptions } from '../calendar/working-days.js';
import { invariant } from '../invariant.js';
import { DEFAULT_EXECUTION_RULES, type ExecutionRules } from './execution-rules.js';
import { paymentDueDate, type PaymentStatus } from './payment-due.js';

/** docs/rules.md §12.10: how long a hospital has to pay, set per round or per region. */
export interface PaymentTerms {
  /** 1–365 */
  readonly dueDays: number;
  /** count working days of the office's calendar instead of calendar days */
  readonly workingDays: boolean;
}

/** The ruleset's terms, where neither the round nor the region set their own. */
export const rulesetPaymentTerms = (rules: ExecutionRules): PaymentTerms => ({
  dueDays: rules.paymentDueDays,
  workingDays: rules.paymentDueInWorkingDays ?? false,
});

/**
 * docs/rules.md §12.10: the day payment of an accepted delivery is due. Calendar days are docs/rules.md §12.1's
 * `paymentDueDate`; working days are the `dueDays`-th working day after the acceptance day.
 */
export function paymentDueOn(acceptedOn: string, terms: PaymentTerms, calendar: CalendarExceptions): string {
  invariant(Number.isInteger(terms.dueDays) && terms.dueDays >= 1, 'PAYMENT_DUE_DAYS_POSITIVE');
  return terms.workingDays
    ? addWorkingDays(acceptedOn, terms.dueDays, calendar)
    : paymentDueDate(acceptedOn, { ...DEFAULT_EXECUTION_RULES, paymentDueDays: terms.dueDays });
}

/**
 * docs/rules.md §12.10: an invoice's status, docs/rules.md §12.1's semantics with part payments. ⚙ An invoice is
 * settled when its payments add up to its amount, on the latest day among them (`settledOn`): on or before `dueOn` it is
 * `paid`, later `paid-late`. Until cleared it is `due`, and `overdue` from the day after `dueOn`,
 * however much of it was paid.
 */
export function invoiceStatus(dueOn: string, settledOn: string | null, today: string): PaymentStatus {
  if (settledOn !== null) return settledOn <= dueOn ? 'paid' : 'paid-late';
  return today <= dueOn ? 'due' : 'overdue';
}

/** Calendar days an unpaid invoice is past its due day on `today` (0 when not yet overdue). */
export function daysOverdue(dueOn: string, today: string): number {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.round(days));
}
