import { Dec, ZERO } from '../money/decimal.js';
import { round4 } from '../money/rounding.js';
import type { ExecutionRules } from './execution-rules.js';

export interface Progress {
  /** purchased ÷ agreed, 4 decimals (null when nothing was agreed) */
  readonly completion: Dec | null;
  /** elapsed ÷ cycle days, 4 decimals: where a linear buyer would be */
  readonly expectedPace: Dec;
  readonly behind: boolean;
}

/** §9: an institution is behind when its completion trails the linear pace by more than the tolerance. */
export function measureProgress(purchased: number, agreed: number, elapsedDays: number, cycleDays: number, rules: ExecutionRules): Progress {
  const expectedPace = round4(Dec.min(new Dec(elapsedDays).div(cycleDays), 1));
  if (agreed === 0) return { completion: null, expectedPace, behind: false };
  const completion = round4(new Dec(purchased).div(agreed));
  return { completion, expectedPace, behind: completion.lt(expectedPace.minus(new Dec(rules.paceTolerance))) };
}

/** §9: a supplier lags when it has delivered less than the threshold share of what was ordered. */
export function isSupplierLagging(delivered: number, ordered: number, rules: ExecutionRules): boolean {
  if (ordered === 0) return false;
  return new Dec(delivered).div(ordered).lt(new Dec(rules.deliveryLagThreshold));
}
