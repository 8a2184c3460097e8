import { describe, expect, it } from 'vitest';
import { platformDeadline } from './deadline';

describe('a turn’s deadline on the platform clock', () => {
  const platformNow = Date.parse('2026-12-05T08:00:00Z');

  it('is the deadline itself when the round runs on the platform’s time', () => {
    expect(
      platformDeadline('2026-12-05T16:30:00+08:00', '2026-12-05T16:00:00+08:00', null, platformNow),
    ).toBe('2026-12-05T08:30:00.000Z');
  });

  it('comes sooner under a rehearsal clock: what is left, divided by its speed', () => {
    // a rehearsal clock two weeks ahead at 60× speed: 30 minutes left on it are 30 seconds for the visitor
    expect(
      platformDeadline('2026-12-19T16:30:00+08:00', '2026-12-19T16:00:00+08:00', '60', platformNow),
    ).toBe('2026-12-05T08:00:30.000Z');
  });
});
