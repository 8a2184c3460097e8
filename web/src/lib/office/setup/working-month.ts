import type { CalendarExceptions } from '@jicai/domain';

/**
 * One month of the office's working-day calendar as the set-up page draws it: Monday-first weeks,
 * each day with what it is (Monday–Friday work, weekends off, the exceptions: holidays and 调休
 * working weekends) and what marking it would make it.
 */

export type DayKind = 'working' | 'weekend' | 'makeup' | 'holiday';

export interface MonthDay {
  readonly day: string;
  readonly date: number;
  readonly kind: DayKind;
}

export interface WorkingDayException {
  readonly day: string;
  readonly kind: 'holiday' | 'workday';
  readonly note?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isMonth(text: string | null | undefined): text is string {
  return (
    !!text &&
    /^\d{4}-(0[1-9]|1[0-2])$/.test(text) &&
    Number(text.slice(0, 4)) >= 2000 &&
    Number(text.slice(0, 4)) <= 2100
  );
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export function toExceptions(days: readonly WorkingDayException[]): CalendarExceptions {
  return new Map(days.map((d) => [d.day, d.kind]));
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday

/** The month's weeks, Monday first; null pads the first and last week. */
export function monthWeeks(month: string, days: readonly WorkingDayException[]): (MonthDay | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const kinds = new Map(days.map((d) => [d.day, d.kind]));
  const cells: (MonthDay | null)[] = Array.from({ length: (weekday(`${month}-01`) + 6) % 7 }, () => null);
  for (let date = 1; date <= length; date++) {
    const day = `${month}-${pad(date)}`;
    const weekend = [0, 6].includes(weekday(day));
    const exception = kinds.get(day);
    const kind: DayKind =
      exception === 'holiday'
        ? 'holiday'
        : exception === 'workday'
          ? 'makeup'
          : weekend
            ? 'weekend'
            : 'working';
    cells.push({ day, date, kind });
  }
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** The year's exceptions after marking `day`: an ordinary day becomes the exception, an exception goes. */
export function toggleDay(
  days: readonly WorkingDayException[],
  day: string,
  notes: { makeup: string; holiday: string },
): { days: WorkingDayException[]; becomes: DayKind } {
  const rest = days.filter((d) => d.day !== day);
  const existing = days.find((d) => d.day === day);
  const weekend = [0, 6].includes(weekday(day));
  if (existing) return { days: rest, becomes: weekend ? 'weekend' : 'working' };
  const added: WorkingDayException = weekend
    ? { day, kind: 'workday', note: notes.makeup }
    : { day, kind: 'holiday', note: notes.holiday };
  return {
    days: [...rest, added].sort((a, b) => a.day.localeCompare(b.day)),
    becomes: weekend ? 'makeup' : 'holiday',
  };
}
