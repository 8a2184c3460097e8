import { invariant } from '../invariant.js';

/** The office's calendar exceptions: public holidays on weekdays and make-up working days (调休) on weekends. */
export type CalendarExceptions = ReadonlyMap<string, 'holiday' | 'workday'>;

/** Monday to Friday, unless the office marked a holiday; a weekend day the office marked as 调休 works. */
export function isWorkingDay(date: string, exceptions: CalendarExceptions): boolean {
  const marked = exceptions.get(date);
  if (marked) return marked === 'workday';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `date` (n ≥ 0; n = 0 is `date` itself if it works, else the next working day). */
export function addWorkingDays(date: string, n: number, exceptions: CalendarExceptions): string {
  invariant(Number.isInteger(n) && n >= 0, 'working days to add must be a non-negative integer');
  let day = date;
  if (n === 0) {
    while (!isWorkingDay(day, exceptions)) day = nextDay(day);
    return day;
  }
  for (let left = n; left > 0;) {
    day = nextDay(day);
    if (isWorkingDay(day, exceptions)) left--;
  }
  return day;
}

/** Working days in (from, to]: how many working days a period spans. */
export function countWorkingDays(from: string, to: string, exceptions: CalendarExceptions): number {
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day, exceptions)) count++;
  return count;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
