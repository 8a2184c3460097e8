/**
 * The rehearsal clock's form fields, read without a JS Date parser's guesses: a Beijing wall-clock
 * time typed as `YYYY-MM-DD HH:mm` (a `T` in place of the space, and seconds, are accepted too).
 * Beijing keeps +08:00 all year (no summer time), so the offset is fixed.
 */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** RFC 3339 with +08:00 for a valid Beijing time, else null. */
export function parseBeijingTime(text: string): string | null {
  const match = WALL_CLOCK.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '00'] = match as unknown as string[];
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const isDate = utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
  if (!isDate || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
}

/** The instant as a Beijing wall-clock time in the form's own format (`YYYY-MM-DD HH:mm`). */
export function beijingWallClock(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** One minute after `iso`: where "jump past the deadline" puts the round's clock. */
export function justAfter(iso: string): string {
  return new Date(Date.parse(iso) + 60_000).toISOString();
}

export const MAX_SPEED = 100_000;

/** The speed as typed (times real time): a positive number up to MAX_SPEED, else null. */
export function parseSpeed(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,6}(\.\d{1,3})?$/.test(t)) return null;
  const speed = Number(t);
  return speed > 0 && speed <= MAX_SPEED ? speed : null;
}
