import type { Config } from '../config.js';

/** How long one account × address waits after failed logins. */
export interface BackoffPolicy {
  /** failures allowed before any wait */
  readonly freeFailures: number;
  /** the first wait, doubled with each further failure */
  readonly firstWaitSeconds: number;
  readonly maxWaitSeconds: number;
}

/**
 * Seconds one account × address must still wait before its next login attempt: none for the first
 * `freeFailures` failures, then `firstWaitSeconds` doubling per further failure up to
 * `maxWaitSeconds`, counted from the last failure. A clock set back counts as no time passed.
 */
export function loginWaitSeconds(
  failures: number,
  secondsSinceLastFailure: number,
  policy: BackoffPolicy,
): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 40);
  const wait = Math.min(policy.maxWaitSeconds, policy.firstWaitSeconds * 2 ** doublings);
  return Math.max(0, Math.ceil(wait - Math.max(0, secondsSinceLastFailure)));
}

/** The backoff the configuration asks for: 30 s after the free failures, doubling to the maximum. */
export function backoffPolicyOf(
  config: Pick<Config, 'LOGIN_MAX_FAILURES' | 'LOGIN_BACKOFF_MAX_MINUTES'>,
): BackoffPolicy {
  return {
    freeFailures: config.LOGIN_MAX_FAILURES,
    firstWaitSeconds: 30,
    maxWaitSeconds: config.LOGIN_BACKOFF_MAX_MINUTES * 60,
  };
}
