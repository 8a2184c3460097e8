import { describe, expect, it } from 'vitest';
import { decideRound, evolveRound } from './decide-round.js';
import type { AwardSnapshot, RoundCommand, RoundSnapshot, RoundState } from './round-state.js';

const NOW = new Date('2027-01-10T10:00:00+08:00');
const LATER = new Date('2027-01-20T10:00:00+08:00');
const award = (o: Partial<AwardSnapshot> = {}): AwardSnapshot => ({
  dualEnvelope: false,
  pendingRevivalOffers: 0,
  revivalClosesAt: null,
  objectionEndsAt: LATER,
  openObjections: 0,
  ...o,
});
const round = (state: RoundState, o: Partial<AwardSnapshot> = {}): RoundSnapshot => ({
  state,
  calendar: null,
  productCount: 1,
  regionCount: 1,
  pendingDemandReports: 0,
  award: award(o),
});
const run = (r: RoundSnapshot, c: RoundCommand, now = NOW) => decideRound(r, c, now);
const stateAfter = (r: RoundSnapshot, c: RoundCommand, now = NOW) => {
  const d = run(r, c, now);
  if (!d.ok) throw new Error(d.message);
  return d.events.reduce(evolveRound, r.state);
};

describe('from the deadline to agreed volumes', () => {
  it('opens into the revival window when offers went out, else straight to a result', () => {
    expect(stateAfter(round('bidding-closed'), { type: 'open', revivalOffers: 2 })).toBe('revival-window');
    expect(stateAfter(round('bidding-closed'), { type: 'open', revivalOffers: 0 })).toBe('evaluated');
  });
  it('opens the technical envelope first in dual-envelope rounds', () => {
    const dual = round('bidding-closed', { dualEnvelope: true });
    expect(run(dual, { type: 'open', revivalOffers: 0 })).toMatchObject({
      ok: false,
      code: 'TECHNICAL_ENVELOPE_FIRST',
    });
    expect(stateAfter(dual, { type: 'open-technical' })).toBe('technical-opened');
    expect(
      stateAfter(round('technical-opened', { dualEnvelope: true }), { type: 'open', revivalOffers: 0 }),
    ).toBe('evaluated');
    expect(run(round('bidding-closed'), { type: 'open-technical' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
  });
  it('keeps the revival window open while offers wait, closes it at its time by tick', () => {
    const window = round('revival-window', { pendingRevivalOffers: 1, revivalClosesAt: LATER });
    expect(run(window, { type: 'close-revival' })).toMatchObject({ ok: false, code: 'REVIVAL_PENDING' });
    expect(run(window, { type: 'tick' })).toEqual({ ok: true, events: [] });
    expect(run(window, { type: 'tick' }, LATER)).toEqual({ ok: true, events: [{ type: 'revival-closed' }] });
    expect(stateAfter(round('revival-window'), { type: 'close-revival' })).toBe('evaluated');
  });
  it('fixes the award only after the objection period, with every objection answered', () => {
    expect(stateAfter(round('evaluated'), { type: 'publish-proposed' })).toBe('objection-period');
    expect(run(round('objection-period'), { type: 'fix-award' })).toMatchObject({
      ok: false,
      code: 'OBJECTION_PERIOD_RUNNING',
    });
    expect(run(round('objection-period', { openObjections: 1 }), { type: 'fix-award' }, LATER)).toMatchObject(
      { ok: false, code: 'OBJECTIONS_OPEN' },
    );
    expect(stateAfter(round('objection-period'), { type: 'correct-result' })).toBe('objection-period');
    expect(stateAfter(round('objection-period'), { type: 'fix-award' }, LATER)).toBe('awarded');
  });
  it('runs region selection after the award, and cannot cancel an awarded round', () => {
    expect(stateAfter(round('awarded'), { type: 'start-region-selection' })).toBe('region-selection');
    expect(stateAfter(round('region-selection'), { type: 'complete-region-selection' })).toBe(
      'volumes-agreed',
    );
    expect(run(round('evaluated'), { type: 'start-region-selection' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
    expect(run(round('awarded'), { type: 'cancel', reason: 'x' })).toMatchObject({
      ok: false,
      code: 'ALREADY_FINAL',
    });
  });
});
