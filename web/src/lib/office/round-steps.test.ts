import { describe, expect, it } from 'vitest';
import { parseBeijingTime, parseSpeed, beijingWallClock, justAfter } from './rehearsal-time';
import { actionsFor, countdownTarget, nextDeadline } from './round-steps';
import { correctionValue } from './correction';

const CALENDAR = {
  demandOpensAt: '2026-11-01T09:00:00+08:00',
  demandClosesAt: '2026-11-20T17:00:00+08:00',
  biddingOpensAt: '2026-12-04T09:00:00+08:00',
  biddingClosesAt: '2026-12-12T10:00:00+08:00',
  openingAt: '2026-12-12T10:30:00+08:00',
  objectionEndsOn: '2026-12-16',
};

describe('the office console’s next steps', () => {
  it('offers each step after opening in the state that allows it', () => {
    expect(actionsFor('bidding-open', false)).toEqual([]);
    expect(actionsFor('technical-opened', true)).toEqual(['technicalReview']);
    expect(actionsFor('revival-window', false)).toEqual(['closeRevival']);
    expect(actionsFor('evaluated', false)).toEqual(['publishProposed']);
    expect(actionsFor('objection-period', false)).toEqual(['answerObjection', 'publishAward']);
    expect(actionsFor('awarded', false)).toEqual(['startRegionSelection']);
  });

  it('names the deadline the round waits for', () => {
    expect(nextDeadline('bidding-open', CALENDAR)).toEqual({
      kind: 'biddingCloses',
      at: CALENDAR.biddingClosesAt,
    });
    expect(nextDeadline('objection-period', CALENDAR)?.at).toBe('2026-12-16T17:00:00+08:00');
    expect(
      nextDeadline('region-selection', CALENDAR, ['2026-12-17T10:00:00Z', '2026-12-17T09:00:00Z']),
    ).toEqual({
      kind: 'regionTurn',
      at: '2026-12-17T09:00:00Z',
    });
    expect(nextDeadline('evaluated', CALENDAR)).toBeNull();
  });

  it('moves a rehearsal round’s deadline onto the platform clock', () => {
    const roundNow = '2026-12-12T01:00:00.000Z';
    const platformNow = '2026-12-05T00:00:00.000Z';
    expect(countdownTarget('2026-12-12T02:00:00.000Z', roundNow, platformNow)).toBe(
      '2026-12-05T01:00:00.000Z',
    );
    expect(countdownTarget('2026-12-12T02:00:00.000Z', roundNow, platformNow, 60)).toBe(
      '2026-12-05T00:01:00.000Z',
    );
  });
});

describe('the rehearsal clock’s fields', () => {
  it('reads a Beijing wall-clock time and refuses anything else', () => {
    expect(parseBeijingTime('2026-12-12 10:01')).toBe('2026-12-12T10:01:00+08:00');
    expect(parseBeijingTime(' 2026-12-12T10:01:30 ')).toBe('2026-12-12T10:01:30+08:00');
    for (const wrong of ['2026/12/12 10:01', '2026-02-30 10:00', '2026-12-12 24:00', '12:00', ''])
      expect(parseBeijingTime(wrong)).toBeNull();
  });

  it('writes an instant back in the form’s format, and one minute after', () => {
    expect(beijingWallClock(justAfter('2026-12-12T10:00:00+08:00'))).toBe('2026-12-12 10:01');
  });

  it('takes a positive speed up to 100000', () => {
    expect(parseSpeed('1')).toBe(1);
    expect(parseSpeed('0.5')).toBe(0.5);
    for (const wrong of ['0', '-1', 'fast', '100001', '1e3']) expect(parseSpeed(wrong)).toBeNull();
  });
});

describe('an upheld objection’s correction', () => {
  it('types the value by the corrected fact', () => {
    expect(correctionValue('originator', 'true')).toBe(true);
    expect(correctionValue('creditRank', '2')).toBe(2);
    expect(correctionValue('consistencyPassedOn', '2024-05-01')).toBe('2024-05-01');
    expect(correctionValue('approvalDate', '')).toBeNull();
  });
});
