import { describe, expect, it } from 'vitest';
import { checkRoundCalendar, decideRound, evolveRound } from './decide-round.js';
import {
  ROUND_STATES,
  type RoundCalendar,
  type RoundCommand,
  type RoundEvent,
  type RoundSnapshot,
  type RoundState,
} from './round-state.js';

const at = (text: string) => new Date(`${text}+08:00`);

const CALENDAR: RoundCalendar = {
  demandOpensAt: at('2026-12-01T09:00:00'),
  demandClosesAt: at('2026-12-10T17:00:00'),
  biddingOpensAt: at('2026-12-15T09:00:00'),
  biddingClosesAt: at('2026-12-20T12:00:00'),
  openingAt: at('2026-12-20T14:00:00'),
  objectionWorkingDays: 3,
};
const BEFORE_ALL = at('2026-11-25T10:00:00');

function round(overrides: Partial<RoundSnapshot> = {}): RoundSnapshot {
  return {
    state: 'draft',
    calendar: CALENDAR,
    productCount: 2,
    regionCount: 3,
    pendingDemandReports: 0,
    ...overrides,
  };
}

function events(snapshot: RoundSnapshot, command: RoundCommand, now: Date): RoundEvent['type'][] {
  const decision = decideRound(snapshot, command, now);
  if (!decision.ok) throw new Error(`refused ${decision.code}: ${decision.message}`);
  return decision.events.map((e) => e.type);
}

function refusal(snapshot: RoundSnapshot, command: RoundCommand, now: Date) {
  const decision = decideRound(snapshot, command, now);
  if (decision.ok) throw new Error(`expected a refusal, got ${JSON.stringify(decision.events)}`);
  return decision.code;
}

describe('decideRound: publish', () => {
  it('publishes a complete draft before its demand window', () => {
    expect(events(round(), { type: 'publish' }, BEFORE_ALL)).toEqual(['round-published']);
  });

  it('opens the demand window at once when it has already opened', () => {
    expect(events(round(), { type: 'publish' }, CALENDAR.demandOpensAt)).toEqual([
      'round-published',
      'demand-opened',
    ]);
  });

  it.each<[string, Partial<RoundSnapshot>, Date, string]>([
    ['a published round', { state: 'published' }, BEFORE_ALL, 'NOT_IN_DRAFT'],
    ['a cancelled draft', { state: 'cancelled' }, BEFORE_ALL, 'NOT_IN_DRAFT'],
    ['no calendar', { calendar: null }, BEFORE_ALL, 'CALENDAR_MISSING'],
    ['an empty catalogue', { productCount: 0 }, BEFORE_ALL, 'CATALOGUE_EMPTY'],
    ['no regions', { regionCount: 0 }, BEFORE_ALL, 'NO_REGIONS'],
    ['the demand window closing now', {}, CALENDAR.demandClosesAt, 'CALENDAR_IN_PAST'],
  ])('refuses %s', (_what, overrides, now, code) => {
    expect(refusal(round(overrides), { type: 'publish' }, now)).toBe(code);
  });

  it('says what to do in the refusal message', () => {
    const decision = decideRound(round({ calendar: null }), { type: 'publish' }, BEFORE_ALL);
    expect(decision).toEqual({
      ok: false,
      code: 'CALENDAR_MISSING',
      message: 'set the calendar before publishing',
      messageZh: '发布前请先设置日程',
    });
  });
});

describe('decideRound: lock-demand', () => {
  const closed = round({ state: 'demand-closed' });

  it('locks demand once the window has closed and every report is reviewed', () => {
    expect(events(closed, { type: 'lock-demand' }, at('2026-12-11T09:00:00'))).toEqual(['demand-locked']);
  });

  it('cascades into bidding when its window is already due', () => {
    expect(events(closed, { type: 'lock-demand' }, CALENDAR.biddingOpensAt)).toEqual([
      'demand-locked',
      'bidding-opened',
    ]);
    expect(events(closed, { type: 'lock-demand' }, CALENDAR.biddingClosesAt)).toEqual([
      'demand-locked',
      'bidding-opened',
      'bidding-closed',
    ]);
  });

  it('refuses before the window has closed, and while reports wait for review', () => {
    expect(refusal(round({ state: 'demand-open' }), { type: 'lock-demand' }, BEFORE_ALL)).toBe(
      'DEMAND_NOT_CLOSED',
    );
    expect(refusal(round({ state: 'demand-locked' }), { type: 'lock-demand' }, BEFORE_ALL)).toBe(
      'DEMAND_NOT_CLOSED',
    );
    const decision = decideRound(
      round({ state: 'demand-closed', pendingDemandReports: 4 }),
      { type: 'lock-demand' },
      BEFORE_ALL,
    );
    expect(decision).toMatchObject({
      ok: false,
      code: 'DEMAND_REVIEW_PENDING',
      message: expect.stringContaining('4 demand report(s)'),
    });
  });
});

describe('decideRound: cancel', () => {
  const FINAL: RoundState[] = ['cancelled', 'awarded', 'region-selection', 'volumes-agreed'];
  const cancellable = ROUND_STATES.filter((s) => !FINAL.includes(s));

  it.each(cancellable)('cancels a %s round with its reason', (state) => {
    const decision = decideRound(round({ state }), { type: 'cancel', reason: '政策调整' }, BEFORE_ALL);
    expect(decision).toEqual({ ok: true, events: [{ type: 'round-cancelled', reason: '政策调整' }] });
  });

  it.each<RoundState>(FINAL)('refuses to cancel a %s round', (state) => {
    expect(refusal(round({ state }), { type: 'cancel', reason: 'x' }, BEFORE_ALL)).toBe('ALREADY_FINAL');
  });
});

describe('decideRound: tick', () => {
  it('does nothing without a calendar or before anything is due', () => {
    expect(
      events(round({ state: 'published', calendar: null }), { type: 'tick' }, CALENDAR.openingAt),
    ).toEqual([]);
    expect(events(round({ state: 'published' }), { type: 'tick' }, BEFORE_ALL)).toEqual([]);
    expect(events(round({ state: 'draft' }), { type: 'tick' }, CALENDAR.openingAt)).toEqual([]);
  });

  it('catches up every due step, then waits for the office to lock demand', () => {
    expect(events(round({ state: 'published' }), { type: 'tick' }, CALENDAR.demandOpensAt)).toEqual([
      'demand-opened',
    ]);
    expect(events(round({ state: 'published' }), { type: 'tick' }, CALENDAR.openingAt)).toEqual([
      'demand-opened',
      'demand-closed',
    ]);
    expect(events(round({ state: 'demand-closed' }), { type: 'tick' }, CALENDAR.openingAt)).toEqual([]);
  });

  it('opens and closes bidding on time once demand is locked', () => {
    expect(events(round({ state: 'demand-locked' }), { type: 'tick' }, at('2026-12-15T08:59:59'))).toEqual(
      [],
    );
    expect(events(round({ state: 'demand-locked' }), { type: 'tick' }, CALENDAR.biddingOpensAt)).toEqual([
      'bidding-opened',
    ]);
    expect(events(round({ state: 'demand-locked' }), { type: 'tick' }, CALENDAR.biddingClosesAt)).toEqual([
      'bidding-opened',
      'bidding-closed',
    ]);
    expect(events(round({ state: 'bidding-closed' }), { type: 'tick' }, CALENDAR.openingAt)).toEqual([]);
    expect(events(round({ state: 'cancelled' }), { type: 'tick' }, CALENDAR.openingAt)).toEqual([]);
  });

  it('throws on a command it does not know', () => {
    expect(() => decideRound(round(), { type: 'reopen' } as unknown as RoundCommand, BEFORE_ALL)).toThrow(
      /unknown round command/,
    );
  });
});

describe('evolveRound', () => {
  it.each<[RoundEvent, RoundState]>([
    [{ type: 'round-published' }, 'published'],
    [{ type: 'demand-opened' }, 'demand-open'],
    [{ type: 'demand-closed' }, 'demand-closed'],
    [{ type: 'demand-locked' }, 'demand-locked'],
    [{ type: 'bidding-opened' }, 'bidding-open'],
    [{ type: 'bidding-closed' }, 'bidding-closed'],
    [{ type: 'round-cancelled', reason: 'x' }, 'cancelled'],
  ])('%o leads to %s', (event, state) => {
    expect(evolveRound('draft', event)).toBe(state);
  });

  it('throws on an event it does not know', () => {
    expect(() => evolveRound('draft', { type: 'reopened' } as unknown as RoundEvent)).toThrow(
      /unknown round event/,
    );
  });
});

describe('checkRoundCalendar', () => {
  it('accepts a calendar in order, with the windows touching where allowed', () => {
    expect(checkRoundCalendar(CALENDAR)).toEqual([]);
    const touching = {
      ...CALENDAR,
      biddingOpensAt: CALENDAR.demandClosesAt,
      openingAt: CALENDAR.biddingClosesAt,
    };
    expect(checkRoundCalendar(touching)).toEqual([]);
  });

  it('names every step out of order', () => {
    const problems = checkRoundCalendar({
      ...CALENDAR,
      demandClosesAt: CALENDAR.demandOpensAt,
      biddingOpensAt: at('2026-11-30T09:00:00'),
      biddingClosesAt: at('2026-11-30T09:00:00'),
      openingAt: at('2026-11-29T09:00:00'),
      objectionWorkingDays: 0,
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'demandClosesAt: must be after demandOpensAt',
      'biddingOpensAt: must be at or after demandClosesAt',
      'biddingClosesAt: must be after biddingOpensAt',
      'openingAt: must be at or after biddingClosesAt',
      'objectionWorkingDays: must be a whole number of working days ≥ 1',
    ]);
  });

  it('wants whole working days for the objection period', () => {
    expect(checkRoundCalendar({ ...CALENDAR, objectionWorkingDays: 2.5 }).map((p) => p.path)).toEqual([
      'objectionWorkingDays',
    ]);
    expect(checkRoundCalendar({ ...CALENDAR, objectionWorkingDays: 1 })).toEqual([]);
  });
});
