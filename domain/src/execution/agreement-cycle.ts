import { daysInMonth } from '../dates/instant.js';
import { invariant } from '../invariant.js';

export interface AgreementCycle {
  /** first day of supply, YYYY-MM-DD */
  readonly start: string;
  /** last day of supply, YYYY-MM-DD */
  readonly end: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * docs/rules.md §10: an agreement's purchasing cycle (采购周期) of `cycleYears` years. ⚙ The spec fixes
 * the length, not the first day: the cycle starts on the first day of the month after the day the
 * agreed volumes were fixed (`agreedOn`, Beijing date), as alliances announce execution from a month's
 * first day, and ends the day before the same date `cycleYears` later.
 */
export function agreementCycle(agreedOn: string, cycleYears: number): AgreementCycle {
  invariant(Number.isInteger(cycleYears) && cycleYears >= 1, 'CYCLE_YEARS_POSITIVE');
  const year = Number(agreedOn.slice(0, 4));
  const month = Number(agreedOn.slice(5, 7));
  const startYear = month === 12 ? year + 1 : year;
  const startMonth = month === 12 ? 1 : month + 1;
  // the day before the 1st of startMonth, cycleYears later: the last day of the month before it
  const endYear = startMonth === 1 ? startYear + cycleYears - 1 : startYear + cycleYears;
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  return {
    start: `${pad(startYear, 4)}-${pad(startMonth)}-01`,
    end: `${pad(endYear, 4)}-${pad(endMonth)}-${pad(daysInMonth(endYear, endMonth))}`,
  };
}
