import { isStepPending } from '../outages/extend-deadline.js';
import { ROUND_STATES, type RoundState } from './round-state.js';

/**
 * A draft is the office's working copy: to anyone who does not read drafts (the office and the
 * auditor do) the round does not exist yet, so it answers 404, never 403. Every later state,
 * cancelled included, is public.
 */
export function isRoundVisibleTo(state: RoundState, reader: { readonly seesDrafts: boolean }): boolean {
  return state !== 'draft' || reader.seesDrafts;
}

const AFTER_BIDDING: ReadonlySet<RoundState> = new Set<RoundState>([
  'bidding-closed',
  'technical-opened',
  'revival-window',
  'evaluated',
  'objection-period',
  'awarded',
  'region-selection',
  'volumes-agreed',
]);

/**
 * Bidding has closed: judged by the state, not the instant, so in-flight bids have committed by
 * then. A cancelled round never reaches it (its bids are never published).
 */
export function isAfterBidding(state: RoundState): boolean {
  return AFTER_BIDDING.has(state);
}

/**
 * An outage can still move the round's deadlines (系统故障顺延): published, not cancelled, and not
 * yet opened, the opening being the last step an outage moves.
 */
export function takesDeadlineExtensions(state: RoundState): boolean {
  return isStepPending(state, 'openingAt');
}

/** The states of `takesDeadlineExtensions`, for a query that filters rounds by state. */
export const DEADLINE_EXTENSION_STATES: readonly RoundState[] = ROUND_STATES.filter(takesDeadlineExtensions);
