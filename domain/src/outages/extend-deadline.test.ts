import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUND_STATES } from '../round-lifecycle/round-state.js';
import {
  DEFAULT_OUTAGE_FORMULA,
  extendDeadline,
  extendRoundCalendar,
  isStepPending,
  type ExtendableCalendar,
} from './extend-deadline.js';

const at = (hhmm: string, day = '2026-09-25') => new Date(`${day}T${hhmm}:00+08:00`);
const outage = (id: string, from: string, to: string) => ({ id, startsAt: at(from), endsAt: at(to) });
const DEADLINE = at('12:00');

describe('extendDeadline', () => {
  it('adds the outage’s duration to a deadline within it', () => {
    const o = outage('a', '11:00', '13:00');
    const result = extendDeadline(DEADLINE, [o]);
    expect(result.deadline).toEqual(at('14:00'));
    expect(result.applied).toEqual([
      { outage: o, from: DEADLINE, to: at('14:00'), reason: 'DEADLINE_WITHIN_OUTAGE' },
    ]);
  });

  it('gives at least the minimum after the end when the duration would leave less', () => {
    // 10 minutes down ending 11:58: 12:10 would leave 12 minutes, the minimum gives 12:28
    expect(extendDeadline(DEADLINE, [outage('a', '11:48', '11:58')]).deadline).toEqual(at('12:28'));
  });

  it('extends a deadline within the grace period after an outage, not one after it', () => {
    const within = extendDeadline(DEADLINE, [outage('a', '09:00', '11:30')]);
    expect(within.deadline).toEqual(at('14:30'));
    expect(within.applied[0]?.reason).toBe('DEADLINE_WITHIN_GRACE_AFTER_OUTAGE');
    // the grace period's last minute still counts
    expect(extendDeadline(DEADLINE, [outage('a', '09:00', '11:00')]).deadline).toEqual(at('14:00'));
    expect(extendDeadline(DEADLINE, [outage('a', '08:00', '10:59')]).applied).toEqual([]);
  });

  it('leaves a deadline before an outage alone, and counts its first instant as within', () => {
    expect(extendDeadline(DEADLINE, [outage('a', '12:01', '15:00')]).applied).toEqual([]);
    expect(extendDeadline(DEADLINE, [outage('a', '12:00', '12:45')]).deadline).toEqual(at('13:15'));
  });

  it('extends again when the extension lands in or just after another outage', () => {
    const first = outage('a', '11:00', '12:30');
    const second = outage('b', '13:00', '13:40');
    const result = extendDeadline(DEADLINE, [second, first]);
    // 12:00 + 1h30 = 13:30, inside b: + 40 minutes = 14:10
    expect(result.deadline).toEqual(at('14:10'));
    expect(result.applied.map((a) => [a.outage.id, a.to])).toEqual([
      ['a', at('13:30')],
      ['b', at('14:10')],
    ]);
  });

  it('applies each outage once even when its minimum lands within its own grace period', () => {
    const result = extendDeadline(DEADLINE, [outage('a', '11:55', '12:00')]);
    expect(result.deadline).toEqual(at('12:30'));
    expect(result.applied).toHaveLength(1);
  });

  it('follows a round’s own formula: fixed minutes, no grace', () => {
    const formula = { graceAfterMinutes: 0, extensionMinutes: 120, minimumExtensionMinutes: 0 };
    expect(extendDeadline(DEADLINE, [outage('a', '11:50', '12:05')], formula).deadline).toEqual(at('14:00'));
    expect(extendDeadline(DEADLINE, [outage('a', '11:00', '11:59')], formula).applied).toEqual([]);
  });

  it('never moves a deadline earlier, and leaves it past every outage’s reach', () => {
    const minute = 60_000;
    const base = DEADLINE.getTime();
    const arbOutage = fc
      .tuple(fc.integer({ min: -600, max: 600 }), fc.integer({ min: 1, max: 300 }))
      .map(([start, length]) => ({
        startsAt: new Date(base + start * minute),
        endsAt: new Date(base + (start + length) * minute),
      }));
    fc.assert(
      fc.property(fc.array(arbOutage, { maxLength: 6 }), (outages) => {
        const result = extendDeadline(DEADLINE, outages);
        expect(result.deadline.getTime()).toBeGreaterThanOrEqual(base);
        const unapplied = outages.filter((o) => !result.applied.some((a) => a.outage === o));
        for (const o of unapplied) {
          const grace = o.endsAt.getTime() + DEFAULT_OUTAGE_FORMULA.graceAfterMinutes * minute;
          const reached = result.deadline >= o.startsAt && result.deadline.getTime() <= grace;
          expect(reached).toBe(false);
        }
      }),
    );
  });
});

const CALENDAR: ExtendableCalendar = {
  demandClosesAt: at('17:00', '2026-09-10'),
  biddingOpensAt: at('09:00', '2026-09-15'),
  biddingClosesAt: at('12:00'),
  openingAt: at('12:00'),
};

describe('extendRoundCalendar', () => {
  it('moves the opening with a bid deadline it coincides with', () => {
    const result = extendRoundCalendar(CALENDAR, 'bidding-open', [outage('a', '11:00', '13:00')]);
    expect(result.calendar).toEqual({ ...CALENDAR, biddingClosesAt: at('14:00'), openingAt: at('14:00') });
    expect(result.changes.map((c) => [c.step, c.to, c.applied.length])).toEqual([
      ['biddingClosesAt', at('14:00'), 1],
      ['openingAt', at('14:00'), 1],
    ]);
  });

  it('keeps the bidding window’s length when a late demand close pushes bidding’s start', () => {
    const tight = { ...CALENDAR, biddingOpensAt: at('17:30', '2026-09-10') };
    const down = { startsAt: at('16:00', '2026-09-10'), endsAt: at('18:00', '2026-09-10') };
    const result = extendRoundCalendar(tight, 'demand-open', [down]);
    expect(result.calendar.demandClosesAt).toEqual(at('19:00', '2026-09-10'));
    expect(result.calendar.biddingOpensAt).toEqual(at('19:00', '2026-09-10'));
    expect(result.calendar.biddingClosesAt).toEqual(at('13:30'));
    expect(result.calendar.openingAt).toEqual(at('13:30'));
  });

  it('leaves steps the round is past where they are', () => {
    const result = extendRoundCalendar(CALENDAR, 'bidding-closed', [outage('a', '11:00', '13:00')]);
    expect(result.calendar).toEqual({ ...CALENDAR, openingAt: at('14:00') });
    expect(extendRoundCalendar(CALENDAR, 'cancelled', [outage('a', '11:00', '13:00')]).changes).toEqual([]);
  });

  it('knows which steps each state still waits for', () => {
    const pending = (s: (typeof ROUND_STATES)[number]) =>
      (['demandClosesAt', 'biddingOpensAt', 'biddingClosesAt', 'openingAt'] as const).filter((step) =>
        isStepPending(s, step),
      );
    expect(pending('draft')).toEqual([]);
    expect(pending('published')).toHaveLength(4);
    expect(pending('demand-locked')).toEqual(['biddingOpensAt', 'biddingClosesAt', 'openingAt']);
    expect(pending('bidding-open')).toEqual(['biddingClosesAt', 'openingAt']);
    expect(pending('technical-opened')).toEqual([]);
  });
});
