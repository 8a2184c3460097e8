import { Dec } from '../money/decimal.js';
import { round4 } from '../money/rounding.js';
import type { ExecutionRules } from './execution-rules.js';

export interface Progress {
  /** purchased ÷ agreed, 4 decimals for display (null when nothing was agreed) */
  readonly completion: Dec | null;
  /** elapsed ÷ days of the agreement year, 4 decimals for display: where a linear buyer would be */
  readonly expectedPace: Dec;
  readonly behind: boolean;
}

/**
 * docs/rules.md §12.5: a hospital is behind when purchased ÷ agreed < elapsed ÷ year − tolerance, compared
 * exactly; ⚙ with nothing agreed it is never behind. Agreed volumes are annual (a hospital reports a
 * year's demand), so `periodDays` is the agreement year's length, not a multi-year cycle's: in a
 * cycle's second year the pace passes 1 and cumulative purchases are held to the volume of the years
 * elapsed (docs/rules.md §12.17). Callers stop `elapsedDays` at the cycle's end.
 */
export function measureProgress(
  purchased: number,
  agreed: number,
  elapsedDays: number,
  periodDays: number,
  rules: ExecutionRules,
): Progress {
  const pace = new Dec(elapsedDays).div(periodDays);
  if (agreed === 0) return { completion: null, expectedPace: round4(pace), behind: false };
  const completion = new Dec(purchased).div(agreed);
  return {
    completion: round4(completion),
    expectedPace: round4(pace),
    behind: completion.lt(pace.minus(new Dec(rules.paceTolerance))),
  };
}

/** docs/rules.md §12.5: a supplier lags when delivered ÷ ordered falls below the threshold; ⚙ nothing ordered is no lag. */
export function isSupplierLagging(delivered: number, ordered: number, rules: ExecutionRules): boolean {
  if (ordered === 0) return false;
  return new Dec(delivered).div(ordered).lt(new Dec(rules.deliveryLagThreshold));
}
