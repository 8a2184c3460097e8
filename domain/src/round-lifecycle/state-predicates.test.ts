import { describe, expect, it } from 'vitest';
import { ROUND_STATES } from './round-state.js';
import {
  hasReachedState,
  areRegionSettingsFixed,
  DEADLINE_EXTENSION_STATES,
  isAfterBidding,
  isBeforeBidding,
  isRoundVisibleTo,
  takesDeadlineExtensions,
  takesRegistrations,
} from './state-predicates.js';

describe('round-state predicates', () => {
  it('a draft is visible only to a reader of drafts; every other state to all', () => {
    expect(ROUND_STATES.filter((s) => !isRoundVisibleTo(s, { seesDrafts: false }))).toEqual(['draft']);
    expect(ROUND_STATES.every((s) => isRoundVisibleTo(s, { seesDrafts: true }))).toBe(true);
  });

  it('after bidding: from bidding-closed to volumes-agreed, never a cancelled round', () => {
    expect(ROUND_STATES.filter(isAfterBidding)).toEqual([
      'bidding-closed',
      'technical-opened',
      'revival-window',
      'evaluated',
      'objection-period',
      'awarded',
      'region-selection',
      'volumes-agreed',
    ]);
  });

  it('before bidding: from the draft to demand-locked; registrations from publication', () => {
    const before = ['draft', 'published', 'demand-open', 'demand-closed', 'demand-locked'];
    expect(ROUND_STATES.filter(isBeforeBidding)).toEqual(before);
    expect(ROUND_STATES.filter(takesRegistrations)).toEqual(before.slice(1));
  });

  it('region settings are fixed from region selection on, and in a cancelled round', () => {
    expect(ROUND_STATES.filter(areRegionSettingsFixed)).toEqual([
      'region-selection',
      'volumes-agreed',
      'cancelled',
    ]);
  });

  it('deadlines move from publication until the opening, never in a draft or a cancelled round', () => {
    const moving = [
      'published',
      'demand-open',
      'demand-closed',
      'demand-locked',
      'bidding-open',
      'bidding-closed',
    ];
    expect(ROUND_STATES.filter(takesDeadlineExtensions)).toEqual(moving);
    expect(DEADLINE_EXTENSION_STATES).toEqual(moving);
  });

  it('hasReachedState follows the life of a round; a cancelled round has reached nothing', () => {
    expect(hasReachedState('bidding-open', 'bidding-open')).toBe(true);
    expect(hasReachedState('awarded', 'objection-period')).toBe(true);
    expect(hasReachedState('objection-period', 'awarded')).toBe(false);
    expect(hasReachedState('cancelled', 'draft')).toBe(false);
    expect(hasReachedState('volumes-agreed', 'cancelled')).toBe(false);
  });
});
