import { daysInMonth } from './instant.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date that exists on the calendar. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const month = Number(m[2]),
    day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** G24: the deadline's calendar date as written in its own offset: its first 10 characters. */
export function deadlineDate(deadline: string): string {
  return deadline.slice(0, 10);
}

/** G25: the same month and day `years` earlier; 29 February becomes 28 February. */
export function yearsBefore(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) - years;
  const monthDay = date.slice(5);
  const fixed = monthDay === '02-29' && daysInMonth(year, 2) === 28 ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${fixed}`;
}
