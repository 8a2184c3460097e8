/** Rounds are scheduled in Asia/Shanghai: UTC+08:00 all year (no daylight saving since 1991). */
const OFFSET_MS = 8 * 3600 * 1000;

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as Shanghai local time with its offset: 2026-11-20T09:30:00+08:00. */
export function formatShanghai(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** A Shanghai wall-clock time (YYYY-MM-DD, HH:MM) as an instant. */
export function shanghaiInstant(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}
