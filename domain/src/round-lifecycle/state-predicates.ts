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

const BEFORE_BIDDING: ReadonlySet<RoundState> = new Set<RoundState>([
  'draft',
  'published',
  'demand-open',
  'demand-closed',
  'demand-locked',
]);

/** Bidding has not opened yet (by the state; the shell also checks the calendar's instant). */
export function isBeforeBidding(state: RoundState): boolean {
  return BEFORE_BIDDING.has(state);
}

/** Companies register their products from publication until bidding opens. */
export function takesRegistrations(state: RoundState): boolean {
  return state !== 'draft' && isBeforeBidding(state);
}

/**
 * The award's settings and the regions' preferences are fixed once region selection has started
 * (and for good in a cancelled round).
 */
export function areRegionSettingsFixed(state: RoundState): boolean {
  return state === 'region-selection' || state === 'volumes-agreed' || state === 'cancelled';
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

/**
 * Whether a round in `state` has got as far as `target` in the life of a round (ROUND_STATES'
 * order); a cancelled round has reached nothing.
 */
export function hasReachedState(state: RoundState, target: RoundState): boolean {
  if (state === 'cancelled' || target === 'cancelled') return false;
  return ROUND_STATES.indexOf(state) >= ROUND_STATES.indexOf(target);
}
