import { Dec } from '../money/decimal.js';
import { round4 } from '../money/rounding.js';
import type { ExecutionRules } from './execution-rules.js';

export interface Progress {
  /** purchased ÷ agreed, 4 decimals for display (null when nothing was agreed) */
  readonly completion: Dec | null;
  /** elapsed ÷ cycle days, 4 decimals for display: where a linear buyer would be */
  readonly expectedPace: Dec;
  readonly behind: boolean;
}

/**
 * docs/rules.md §12.5: a hospital is behind when purchased ÷ agreed < elapsed ÷ cycle − tolerance, compared
 * exactly; ⚙ with nothing agreed it is never behind.
 */
export function measureProgress(
  purchased: number,
  agreed: number,
  elapsedDays: number,
  cycleDays: number,
  rules: ExecutionRules,
): Progress {
  const pace = Dec.min(new Dec(elapsedDays).div(cycleDays), 1);
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
