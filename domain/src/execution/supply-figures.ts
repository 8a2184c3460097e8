import { Dec } from '../money/decimal.js';
import { invariant } from '../invariant.js';

/** Values with how many times each was seen: `[value, count]`, any order, counts > 0. */
export type Histogram = readonly (readonly [value: number, count: number])[];

export interface SupplyFigures {
  /** orders answered (confirmed): median and 90th percentile of whole hours from order to confirmation */
  readonly responseHours: { readonly median: number; readonly p90: number } | null;
  /** orders delivered: median and 90th percentile of days from the order day to the first delivery day */
  readonly deliveryDays: { readonly median: number; readonly p90: number } | null;
  /** accepted packs ÷ ordered packs, half up to 4 decimals; null with nothing ordered */
  readonly fillRate: Dec | null;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * docs/rules.md §12.11 ⚙ (proposed): an order's response time counts started hours from the order to the
 * company's confirmation (confirmed 10 minutes after ordering: 1 hour; at once: 0).
 */
export function responseHours(orderedAt: Date, confirmedAt: Date): number {
  invariant(confirmedAt.getTime() >= orderedAt.getTime(), 'CONFIRMED_BEFORE_ORDERED');
  return Math.ceil((confirmedAt.getTime() - orderedAt.getTime()) / HOUR_MS);
}

/** docs/rules.md §12.11: delivery time counts calendar days from the order day to the delivery day ('YYYY-MM-DD'). */
export function deliveryDays(orderedOn: string, deliveredOn: string): number {
  const days = (Date.parse(`${deliveredOn}T00:00:00Z`) - Date.parse(`${orderedOn}T00:00:00Z`)) / DAY_MS;
  invariant(Number.isInteger(days) && days >= 0, 'DELIVERED_BEFORE_ORDERED');
  return days;
}

/**
 * docs/rules.md §12.11 ⚙: the nearest-rank percentile (the value at rank ⌈percent × n ÷ 100⌉ of the sorted
 * values), so a median or 90th percentile of whole hours is itself whole, never an average of two.
 * Null for no values. Integer arithmetic: exact for any count.
 */
export function nearestRankPercentile(histogram: Histogram, percent: number): number | null {
  invariant(Number.isInteger(percent) && percent > 0 && percent <= 100, 'PERCENT_IN_RANGE');
  const sorted = [...histogram].sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((sum, [, count]) => sum + BigInt(count), 0n);
  if (n === 0n) return null;
  const rank = (BigInt(percent) * n + 99n) / 100n;
  let seen = 0n;
  for (const [value, count] of sorted) {
    seen += BigInt(count);
    if (seen >= rank) return value;
  }
  return null;
}

/** docs/rules.md §12.11: fill rate = accepted packs ÷ ordered packs, half up to 4 decimals (null: nothing ordered). */
export function fillRate(acceptedPacks: number | bigint, orderedPacks: number | bigint): Dec | null {
  if (BigInt(orderedPacks) === 0n) return null;
  return new Dec(acceptedPacks.toString())
    .dividedBy(orderedPacks.toString())
    .toDecimalPlaces(4, Dec.ROUND_HALF_UP);
}

const spread = (h: Histogram) => {
  const median = nearestRankPercentile(h, 50);
  const p90 = nearestRankPercentile(h, 90);
  return median === null || p90 === null ? null : { median, p90 };
};

/** docs/rules.md §12.11: a supplier's figures from its orders' response hours, delivery days and packs. */
export function supplyFigures(input: {
  readonly responseHours: Histogram;
  readonly deliveryDays: Histogram;
  readonly acceptedPacks: number | bigint;
  readonly orderedPacks: number | bigint;
}): SupplyFigures {
  return {
    responseHours: spread(input.responseHours),
    deliveryDays: spread(input.deliveryDays),
    fillRate: fillRate(input.acceptedPacks, input.orderedPacks),
  };
}
