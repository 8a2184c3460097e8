import { formatShanghai } from '@jicai/domain';

/** An instant as Chinese documents print it: Beijing time to the second, `2026-03-02 09:02:03`. */
export function beijingTime(instant: Date): string {
  return formatShanghai(instant).slice(0, 19).replace('T', ' ');
}
