import { Dec } from '@jicai/domain/money/decimal';

/**
 * The 报量 floor as the API judges it (api/src/demand/demand-line.ts): the ruleset's floor share ×
 * last year's volume, exact in decimals (0.80 × 101 = 80.8); null without a last year's volume.
 */
export function demandFloor(floorShare: string, lastYearVolume: string | number | null): string | null {
  const text = lastYearVolume === null ? '' : String(lastYearVolume).trim();
  if (!/^[0-9]+$/.test(text)) return null;
  return new Dec(floorShare).times(text).toString();
}

/** Whether a typed quantity is below the floor (both exact; an unreadable quantity is not judged). */
export function isBelowFloor(quantity: string, floor: string | null): boolean {
  const text = quantity.trim();
  if (floor === null || !/^[0-9]+$/.test(text)) return false;
  return new Dec(text).lt(floor);
}
