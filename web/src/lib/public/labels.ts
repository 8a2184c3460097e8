import { m } from '$lib/paraglide/messages.js';

// The API's codes (round states, forms, bid outcomes, product statuses) in the visitor's language.

const STATES: Record<string, () => string> = {
  draft: m.public_state_draft,
  published: m.public_state_published,
  'demand-open': m.public_state_demand_open,
  'demand-closed': m.public_state_demand_closed,
  'demand-locked': m.public_state_demand_locked,
  'bidding-open': m.public_state_bidding_open,
  'bidding-closed': m.public_state_bidding_closed,
  'technical-opened': m.public_state_technical_opened,
  'revival-window': m.public_state_revival_window,
  evaluated: m.public_state_evaluated,
  'objection-period': m.public_state_objection_period,
  awarded: m.public_state_awarded,
  'region-selection': m.public_state_region_selection,
  'volumes-agreed': m.public_state_volumes_agreed,
  cancelled: m.public_state_cancelled,
};

const FORMS: Record<string, () => string> = {
  'oral-solid': m.public_form_oral_solid,
  'oral-liquid': m.public_form_oral_liquid,
  injection: m.public_form_injection,
  consumable: m.public_form_consumable,
  other: m.public_form_other,
};

const OUTCOMES: Record<string, () => string> = {
  winner: m.public_outcome_winner,
  'revival-offer': m.public_outcome_revival_offer,
  'revival-winner': m.public_outcome_revival_winner,
  'not-shortlisted': m.public_outcome_not_shortlisted,
  'price-condition-failed': m.public_outcome_price_condition_failed,
  invalid: m.public_outcome_invalid,
  negotiation: m.public_outcome_negotiation,
};

const PRODUCT_STATUSES: Record<string, () => string> = {
  awarded: m.public_product_status_awarded,
  'no-valid-bids': m.public_product_status_no_valid_bids,
  'no-winner': m.public_product_status_no_winner,
  negotiation: m.public_product_status_negotiation,
  'awaiting-revival': m.public_product_status_awaiting_revival,
};

const REASONS: Record<string, () => string> = {
  opening: m.public_reason_opening,
  revival: m.public_reason_revival,
  'revival-closed': m.public_reason_revival_closed,
  objection: m.public_reason_objection,
};

const label = (table: Record<string, () => string>, code: string) => table[code]?.() ?? code;

export const stateLabel = (state: string) => label(STATES, state);
export const formLabel = (form: string) => label(FORMS, form);
export const productStatusLabel = (status: string) => label(PRODUCT_STATUSES, status);
/** While the proposed winners are on show (异议期) a winner is 拟中选, afterwards 中选. */
export const outcomeLabel = (outcome: string, proposed: boolean) =>
  proposed && outcome === 'winner' ? m.public_outcome_proposed() : label(OUTCOMES, outcome);
/** Why an evaluation was (re)run: at opening, after revival, after an upheld objection. */
export const reasonLabel = (reason: string) => label(REASONS, reason);
