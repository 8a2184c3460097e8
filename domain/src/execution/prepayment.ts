import { Dec } from '../money/decimal.js';
import type { ExecutionRules } from './execution-rules.js';

/** docs/rules.md §12.2: the fund prepays at least `prepayShare` of the annual contracted amount, rounded up to the fen. */
export function minimumPrepayment(annualContractedAmount: Dec, rules: ExecutionRules): Dec {
  return annualContractedAmount.times(new Dec(rules.prepayShare)).toDecimalPlaces(2, Dec.ROUND_CEIL);
}
