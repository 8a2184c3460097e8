import { m } from '$lib/paraglide/messages.js';
import type { BidOutcome } from './result';

/** The words of docs/rules.md §13 as people read them: outcomes, statuses, conditions, reasons. */
const OUTCOMES: Record<BidOutcome, () => string> = {
  winner: m.outcome_bid_winner,
  'revival-offer': m.outcome_bid_revival_offer,
  'revival-winner': m.outcome_bid_revival_winner,
  'not-shortlisted': m.outcome_bid_not_shortlisted,
  'price-condition-failed': m.outcome_bid_price_condition_failed,
  invalid: m.outcome_bid_invalid,
  negotiation: m.outcome_bid_negotiation,
};

/** A winner is 拟中选 until the award is fixed, then 中选. */
export function outcomeLabel(outcome: BidOutcome, awarded: boolean): string {
  if (outcome === 'winner') return awarded ? m.outcome_bid_winner_awarded() : m.outcome_bid_winner();
  if (outcome === 'revival-winner')
    return awarded ? m.outcome_bid_revival_winner_awarded() : m.outcome_bid_revival_winner();
  return OUTCOMES[outcome]?.() ?? outcome;
}

const STATUSES: Record<string, () => string> = {
  awarded: m.outcome_status_awarded,
  'awaiting-revival': m.outcome_status_awaiting_revival,
  'no-valid-bids': m.outcome_status_no_valid_bids,
  'no-winner': m.outcome_status_no_winner,
  negotiation: m.outcome_status_negotiation,
};
export const statusLabel = (status: string) => STATUSES[status]?.() ?? status;

const CONDITIONS: Record<string, () => string> = {
  SPREAD_1_8: m.outcome_condition_spread,
  ABS_FLOOR: m.outcome_condition_abs_floor,
  REDUCTION_50: m.outcome_condition_reduction,
  ANCHOR: m.outcome_condition_anchor,
  LOWEST: m.outcome_condition_lowest,
  GROUP_A_NO_ELIMINATION: m.outcome_condition_group_a,
  REVIVAL: m.outcome_condition_revival,
};
export const conditionLabel = (code: string) => CONDITIONS[code]?.() ?? code;

const REASONS: Record<string, () => string> = {
  SPEC_NOT_IN_CATALOGUE: m.outcome_reason_spec_not_in_catalogue,
  SPEC_UNIT_MISMATCH: m.outcome_reason_spec_unit_mismatch,
  CEILING_EXCEEDED: m.outcome_reason_ceiling_exceeded,
  NOT_CONSISTENCY_EVALUATED: m.outcome_reason_not_consistency_evaluated,
  QUALITY_FAILURE_RECENT: m.outcome_reason_quality_failure_recent,
  CREDIT_EXCLUDED: m.outcome_reason_credit_excluded,
  ON_VIOLATION_LIST: m.outcome_reason_on_violation_list,
  CAPACITY_INSUFFICIENT: m.outcome_reason_capacity_insufficient,
  TECHNICAL_ENVELOPE_FAILED: m.outcome_reason_technical_envelope_failed,
  DUPLICATE_COMPANY_BID: m.outcome_reason_duplicate_company_bid,
  AFFILIATE_DUPLICATE: m.outcome_reason_affiliate_duplicate,
  BELOW_HALF_MEAN: m.outcome_reason_below_half_mean,
};
export const reasonLabel = (code: string) => REASONS[code]?.() ?? code;
