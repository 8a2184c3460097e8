import { deadlineDate, yearsBefore } from '../dates/calendar-date.js';
import { Dec } from '../money/decimal.js';
import type { Bid, Product, Spec } from '../round-input.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import type { Quantity } from '../money/quantity-sum.js';
import type { ReasonCode } from './reason-codes.js';
import { exceedsCeiling } from '../pricing/ceiling.js';

export interface EligibilityContext {
  readonly product: Product;
  /** the bid's spec, or undefined when its specId names no spec of the product (G04) */
  readonly spec: Spec | undefined;
  readonly unitBidPrice: Dec | null;
  readonly deadline: string;
  /** Σ quantity of the demand lines this product entry uses: the capacity base (G08) */
  readonly capacityBase: Quantity;
  readonly ruleset: Ruleset;
}

/**
 * docs/rules.md §6 in the contract's validity order: every reason a bid fails, before any ranking.
 * Duplicates and affiliates are decided later, over the whole product.
 */
export function checkEligibility(bid: Bid, ctx: EligibilityContext): ReasonCode[] {
  const { product, spec, ruleset } = ctx;
  const reasons: ReasonCode[] = [];
  if (!spec) reasons.push('SPEC_NOT_IN_CATALOGUE');
  if (spec && (spec.strengthUnit ?? product.strengthUnit) !== product.strengthUnit)
    reasons.push('SPEC_UNIT_MISMATCH');
  if (spec && ctx.unitBidPrice && exceedsCeiling(ctx.unitBidPrice, spec)) reasons.push('CEILING_EXCEEDED');
  if (lacksConsistencyEvaluation(bid, product, ctx.deadline, ruleset))
    reasons.push('NOT_CONSISTENCY_EVALUATED');
  if (hasRecentQualityFailure(bid, ctx.deadline, ruleset)) reasons.push('QUALITY_FAILURE_RECENT');
  if (ruleset.creditExcludedFrom !== null && bid.company.creditRank >= ruleset.creditExcludedFrom) {
    reasons.push('CREDIT_EXCLUDED');
  }
  if (ruleset.excludeViolationList && bid.company.onViolationList) reasons.push('ON_VIOLATION_LIST');
  if (lacksCapacity(bid, ctx.capacityBase, ruleset)) reasons.push('CAPACITY_INSUFFICIENT');
  if (ruleset.dualEnvelope && bid.technicalPass !== true) reasons.push('TECHNICAL_ENVELOPE_FAILED');
  return reasons;
}

/** G06/G07/G24: a generic needs a pass on or before the deadline's date; originators and consumables are exempt. */
function lacksConsistencyEvaluation(bid: Bid, product: Product, deadline: string, ruleset: Ruleset): boolean {
  if (!ruleset.requireConsistencyEvaluation || product.form === 'consumable' || bid.originator) return false;
  return bid.consistencyPassedOn === null || bid.consistencyPassedOn > deadlineDate(deadline);
}

/** G25: a failure on a day in [D − years, D], D the deadline's date. */
function hasRecentQualityFailure(bid: Bid, deadline: string, ruleset: Ruleset): boolean {
  const failedOn = bid.company.qualityFailureOn;
  if (ruleset.qualityLookbackYears === null || failedOn === null) return false;
  const d = deadlineDate(deadline);
  return yearsBefore(d, ruleset.qualityLookbackYears) <= failedOn && failedOn <= d;
}

/** docs/rules.md §6 and G09: declared capacity ≥ multiple × first-year base; an undeclared capacity fails. */
function lacksCapacity(bid: Bid, base: Quantity, ruleset: Ruleset): boolean {
  if (ruleset.capacityMultiple === null) return false;
  const capacity = bid.company.annualCapacity;
  return capacity === null || new Dec(capacity).lt(new Dec(ruleset.capacityMultiple).times(base.toString()));
}
