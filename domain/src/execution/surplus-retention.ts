import { Dec, ZERO } from '../money/decimal.js';
import { round2 } from '../money/rounding.js';
import type { ExecutionRules, SurplusGrade } from './execution-rules.js';

/** docs/rules.md §12.3 结余留用: retained = (budget − actual spend) × share(grade), nothing when spend reaches the budget. */
export function surplusRetention(
  budget: Dec,
  actualSpend: Dec,
  grade: SurplusGrade,
  rules: ExecutionRules,
): Dec {
  const surplus = budget.minus(actualSpend);
  if (surplus.lte(ZERO)) return ZERO;
  return round2(surplus.times(new Dec(rules.surplusShares[grade])));
}
