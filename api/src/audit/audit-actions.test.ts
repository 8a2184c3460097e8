import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, ROUND_EVENT_ACTION } from './audit-actions.js';

describe('audit actions', () => {
  it('are listed once each', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('name a round event as the log always has: round.<event without its round- prefix>', () => {
    for (const [type, action] of Object.entries(ROUND_EVENT_ACTION))
      expect(action).toBe(`round.${type.replace(/^round-/, '')}`);
  });
});
