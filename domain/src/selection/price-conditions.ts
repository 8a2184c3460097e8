import { Dec } from '../money/decimal.js';
import { round4 } from '../money/rounding.js';
import type { QualifyingCondition } from '../evaluation-result.js';
import type { Form } from '../round-input.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import type { RankedBid } from './ranked-bid.js';

/** G10: thresholdUcp = round4(multiple × base); the published value is the one applied. */
export function spreadThreshold(base: Dec, ruleset: Ruleset): Dec {
  return round4(new Dec(ruleset.spreadMultiple).times(base));
}

/** docs/rules.md §8.1 (b), G14: the absolute floor of the product's form, if the ruleset sets one. */
export function floorFor(form: Form, ruleset: Ruleset): Dec | null {
  const floor = ruleset.absFloor[form];
  return floor === undefined ? null : new Dec(floor);
}

/**
 * docs/rules.md §8.1 `spread` (and rule 1 of `spread-revival`): (a) UCP ≤ threshold, (b) UCP ≤ the floor,
 * (c) reduction ≥ minReduction when the ruleset keeps (c). Every condition met, in qualifiedBy order (G46).
 */
export function spreadConditionsMet(
  bid: RankedBid,
  threshold: Dec,
  form: Form,
  ruleset: Ruleset,
): QualifyingCondition[] {
  const met: QualifyingCondition[] = [];
  const ucp = bid.price.ucp;
  if (ucp.lte(threshold)) met.push('SPREAD_1_8');
  const floor = floorFor(form, ruleset);
  if (floor && ucp.lte(floor)) met.push('ABS_FLOOR');
  if (ruleset.minReduction !== null && bid.price.reduction.gte(new Dec(ruleset.minReduction)))
    met.push('REDUCTION_50');
  return met;
}

export interface AnchorFigures {
  /** round4 of the shortlist's mean UCP */
  readonly meanUcp: Dec;
  /** max(low, share × meanUcp), exact (G12) */
  readonly anchor: Dec;
  readonly threshold: Dec;
  /** share × meanUcp, exact: bids strictly below are flagged BELOW_HALF_MEAN (G45) */
  readonly halfMean: Dec;
}

/** docs/rules.md §8.3 `anchor` (batch 11): the threshold is 1.8 × max(low, 0.5 × mean of the shortlist). */
export function anchorFigures(shortlist: readonly RankedBid[], ruleset: Ruleset): AnchorFigures {
  const sum = shortlist.reduce((acc, b) => acc.plus(b.price.ucp), new Dec(0));
  const meanUcp = round4(sum.div(shortlist.length));
  const halfMean = new Dec(ruleset.anchorShare).times(meanUcp);
  const low = (shortlist[0] as RankedBid).price.ucp;
  const anchor = Dec.max(low, halfMean);
  return { meanUcp, anchor, threshold: spreadThreshold(anchor, ruleset), halfMean };
}

/** docs/rules.md §8.3 `anchor`: the oral-solid floor exemption, then the anchor threshold (G46). */
export function anchorConditionsMet(
  bid: RankedBid,
  threshold: Dec,
  form: Form,
  ruleset: Ruleset,
): QualifyingCondition[] {
  const met: QualifyingCondition[] = [];
  const floor = floorFor(form, ruleset);
  if (floor && bid.price.ucp.lte(floor)) met.push('ABS_FLOOR');
  if (bid.price.ucp.lte(threshold)) met.push('ANCHOR');
  return met;
}
