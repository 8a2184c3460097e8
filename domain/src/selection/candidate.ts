import type { ReasonCode } from '../eligibility/reason-codes.js';
import type { Bid, Spec } from '../round-input.js';
import type { ComparablePrice } from '../pricing/comparable-price.js';

/** A bid on its way through one product's evaluation: its prices once, its reasons as they accrue. */
export interface Candidate {
  readonly bid: Bid;
  /** position in the input's bids list: invalid bids are listed in input order */
  readonly inputIndex: number;
  readonly spec: Spec | undefined;
  readonly price: ComparablePrice | null;
  readonly reasons: ReasonCode[];
}

export function isValid(candidate: Candidate): boolean {
  return candidate.reasons.length === 0;
}
