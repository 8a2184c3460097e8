import { Dec } from '../money/decimal.js';
import { formatDecimal } from '../money/rounding.js';

/**
 * Issue 10 (region review): a report is flagged for a closer look when it asks for more than twice
 * last year's volume or less than half of it. A review aid for the region's clerk, not a rule: it
 * changes no outcome (the ruleset's demandFloorShare is the rule that asks hospitals for a reason),
 * so the thresholds live here, once, as decimal strings the API also hands to its SQL filter.
 */
export const DEMAND_OUTLIER_ABOVE = '2';
export const DEMAND_OUTLIER_BELOW = '0.5';

export type DemandOutlier = 'above' | 'below';

/** An integer quantity as the API reads it: a JSON number, or int8 text from Postgres. */
type QuantityValue = number | bigint | string;

/**
 * Whether `quantity` lies beyond the thresholds of `lastYearVolume`, compared exactly (decimal.js).
 * Without last year's volume there is nothing to compare: never an outlier. A volume of 0 last year
 * makes any positive quantity an outlier above (a new use is worth a look).
 */
export function classifyDemandOutlier(
  quantity: QuantityValue,
  lastYearVolume: QuantityValue | null,
): DemandOutlier | null {
  if (lastYearVolume === null) return null;
  const asked = new Dec(String(quantity));
  const last = new Dec(String(lastYearVolume));
  if (asked.gt(last.times(DEMAND_OUTLIER_ABOVE))) return 'above';
  if (asked.lt(last.times(DEMAND_OUTLIER_BELOW))) return 'below';
  return null;
}

/** quantity ÷ last year's volume, 2 decimals half up, for display; null when it has no meaning. */
export function demandRatio(quantity: QuantityValue, lastYearVolume: QuantityValue | null): string | null {
  if (lastYearVolume === null) return null;
  const last = new Dec(String(lastYearVolume));
  if (last.isZero()) return null;
  return formatDecimal(new Dec(String(quantity)).div(last), 2);
}
