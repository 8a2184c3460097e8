import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { AppError, type Bilingual } from '../http/app-error.js';
import { backoffPolicyOf, loginWaitSeconds } from './login-backoff.js';
import * as throttle from './login-throttle.repository.js';

type LoginConfig = Pick<Config, 'LOGIN_WINDOW_MINUTES' | 'LOGIN_MAX_FAILURES' | 'LOGIN_BACKOFF_MAX_MINUTES'>;

/**
 * The gate every password check passes (sign-in and password change): locks the account × address
 * pair for the rest of the transaction, so parallel guesses count one by one, and answers how many
 * seconds it must still wait (0: it may try now).
 */
export async function secondsBeforeAttempt(
  trx: Kysely<Database>,
  config: LoginConfig,
  login: string,
  ip: string,
): Promise<number> {
  await throttle.lockLoginPair(trx, login, ip);
  const pair = await throttle.readPairFailures(trx, login, ip, config.LOGIN_WINDOW_MINUTES);
  return loginWaitSeconds(pair.failures, pair.secondsSinceLast, backoffPolicyOf(config));
}

/** 429 with the wait the client is told in Retry-After. */
export const loginThrottled = (seconds: number, message: Bilingual): AppError =>
  new AppError('LOGIN_THROTTLED', message, [], { retryAfterSeconds: seconds });
