import type { Candidate } from './candidate.js';
import type { ComparablePrice } from '../pricing/comparable-price.js';
import type { Spec } from '../round-input.js';

/** A valid bid: its spec exists and its prices are known. */
export interface RankedBid extends Candidate {
  readonly spec: Spec;
  readonly price: ComparablePrice;
}
