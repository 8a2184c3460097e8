import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../seed/demo-seed.js';
import { PASSWORD } from '../test-support/fixtures.js';
import { loginWaitSeconds } from './login-backoff.js';
import { passwordWeakness } from './password-policy.js';

describe('password policy (issue 8 §8)', () => {
  it('refuses short, patterned and login-bearing passwords', () => {
    const owner = { login: 'zhang.wei', displayName: '张伟' };
    for (const weak of [
      'aaaaaaaaaa',
      '1234567890',
      'aaaaaaaaaaaa',
      '123456789012',
      'qwertyuiopas',
      'password1234',
      'Zhang.Wei-hospital-77',
      'short one',
    ])
      expect(passwordWeakness(weak, owner), weak).not.toBe(null);
  });

  it('accepts the passphrases the seed and the test fixtures sign in with', () => {
    expect(passwordWeakness(DEMO_LOGINS.password, { login: 'admin' })).toBe(null);
    expect(passwordWeakness(PASSWORD, { login: 'mx-admin' })).toBe(null);
    expect(passwordWeakness('Plum blossoms in the snow 1987', { login: 'nurse-wang' })).toBe(null);
  });
});

describe('login backoff per account × address', () => {
  const policy = { freeFailures: 5, firstWaitSeconds: 30, maxWaitSeconds: 900 };

  it('lets the first failures through, then waits 30 s doubling to the maximum', () => {
    expect([0, 4, 5, 6, 7, 10, 60].map((n) => loginWaitSeconds(n, 0, policy))).toEqual([
      0, 0, 30, 60, 120, 900, 900,
    ]);
    expect(loginWaitSeconds(6, 59.5, policy)).toBe(1);
    expect(loginWaitSeconds(6, 61, policy)).toBe(0);
  });

  it('never waits longer than the maximum, and never less after more failures', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (failures, since) => {
        const wait = loginWaitSeconds(failures, since, policy);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(policy.maxWaitSeconds);
        expect(loginWaitSeconds(failures + 1, since, policy)).toBeGreaterThanOrEqual(wait);
      }),
    );
  });
});
