import { invariant } from '../invariant.js';
import type { ExecutionRules } from './execution-rules.js';

export type InventoryReportStatus = 'on-time' | 'late' | 'missing' | 'not-yet-due';

export interface InventoryReportDue {
  /** the last day to report the month's stock, 'YYYY-MM-DD' */
  readonly dueOn: string;
  readonly status: InventoryReportStatus;
  /** days after the due day the report came (or, missing, today is); 0 otherwise */
  readonly daysLate: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * docs/rules.md §12.12 ⚙ (proposed): a winner reports each month's closing stock (库存) by day
 * `inventoryReportDay` of the next month. Reported on or before it: on time; after it: late by the days
 * between; not reported: missing once today is past the due day (before it, not yet due).
 * `month` is the month's first day, `reportedOn` the Beijing date of the report (null: none), `today` too.
 */
export function inventoryReportDue(
  month: string,
  reportedOn: string | null,
  today: string,
  rules: ExecutionRules,
): InventoryReportDue {
  invariant(/^\d{4}-\d{2}-01$/.test(month), 'MONTH_FIRST_DAY');
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  const dueOn = `${next === 13 ? year + 1 : year}-${pad(next === 13 ? 1 : next)}-${pad(rules.inventoryReportDay)}`;
  const due = dayNumber(dueOn);
  if (reportedOn !== null) {
    const late = dayNumber(reportedOn) - due;
    return late > 0 ? { dueOn, status: 'late', daysLate: late } : { dueOn, status: 'on-time', daysLate: 0 };
  }
  const late = dayNumber(today) - due;
  return late > 0
    ? { dueOn, status: 'missing', daysLate: late }
    : { dueOn, status: 'not-yet-due', daysLate: 0 };
}
