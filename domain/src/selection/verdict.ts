import type { BidOutcome, QualifyingCondition } from '../evaluation-result.js';
import type { Flag } from '../eligibility/reason-codes.js';
import type { Dec } from '../money/decimal.js';
import type { RankedBid } from './ranked-bid.js';

/** What selection decided for one ranked bid. */
export interface Verdict {
  readonly bid: RankedBid;
  readonly rank: number;
  readonly shortlisted: boolean;
  readonly outcome: BidOutcome;
  readonly qualifiedBy: QualifyingCondition[];
  readonly flags: Flag[];
  readonly winningUcp: Dec | null;
  readonly winningPackPrice: Dec | null;
}

export function isWinner(v: Verdict): boolean {
  return v.outcome === 'winner' || v.outcome === 'revival-winner';
}
