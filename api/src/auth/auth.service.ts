import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { AppError } from '../http/app-error.js';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import * as repo from './auth.repository.js';
import { loginThrottled, secondsBeforeAttempt } from './login-gate.js';
import * as throttle from './login-throttle.repository.js';
import type { Credential } from './actor-cache.js';
import type { Actor } from './roles.js';
import { hashPassword, newSecret, secretHash, verifyPassword } from './secrets.js';

// A hash verified when the login is unknown, so a wrong login costs the same time as a wrong password.
const DUMMY_HASH = hashPassword('not-a-real-password');

export interface LoginResult {
  readonly sessionToken: string;
  readonly expiresAt: Date;
  readonly user: {
    id: string;
    login: string;
    displayName: string;
    roles: string[];
    organisation: { id: string; kind: string; name: string };
  };
}

/**
 * Password login. Throttled per account × address (on the database clock): after LOGIN_MAX_FAILURES
 * failures that pair waits 30 s, doubling per failure up to LOGIN_BACKOFF_MAX_MINUTES, so someone
 * else's failures never refuse a correct password from another address. LOGIN_LOCK_FAILURES
 * failures on one account from all addresses lock it until the office lifts the lock.
 */
export async function login(
  deps: AppDeps,
  loginName: string,
  password: string,
  ip: string,
): Promise<LoginResult> {
  const { db, config } = deps;
  // The attempt is on record as failed before the password is checked: parallel guesses of one
  // pair count one by one, and no database connection is held while argon2 runs.
  const attempt = await db.transaction().execute(async (trx) => {
    const waitSeconds = await secondsBeforeAttempt(trx, config, loginName, ip);
    if (waitSeconds > 0) return { waitSeconds } as const;
    const user = await repo.findUserByLogin(trx, loginName);
    if (user?.locked_at) return { locked: true } as const;
    return { user, id: await repo.recordLoginAttempt(trx, loginName, ip, false) } as const;
  });
  if ('waitSeconds' in attempt && attempt.waitSeconds !== undefined)
    throw loginThrottled(attempt.waitSeconds, {
      en: `too many failed logins for this account from your address: try again in ${attempt.waitSeconds} s`,
      zh: `您所在的地址对此账号登录失败次数过多：请在 ${attempt.waitSeconds} 秒后重试`,
    });
  if ('locked' in attempt)
    throw new AppError('ACCOUNT_LOCKED', {
      en: 'this account is locked after many failed logins; the procurement office can lift the lock',
      zh: '此账号因多次登录失败已被锁定；可由采购办公室解除锁定',
    });
  const { user } = attempt;
  const ok = user
    ? await verifyPassword(user.password_hash, password)
    : (await verifyPassword(await DUMMY_HASH, password), false);
  if (!user || !ok || user.disabled) {
    if (user && !user.disabled)
      await db.transaction().execute((trx) => lockAfterManyFailures(deps, trx, user));
    throw new AppError('BAD_CREDENTIALS', { en: 'wrong login or password', zh: '账号或密码错误' });
  }
  const sessionToken = newSecret('jcs_');
  const session = await db.transaction().execute(async (trx) => {
    await throttle.markAttemptSucceeded(trx, attempt.id);
    const s = await repo.insertSession(trx, secretHash(sessionToken), user.id, config.SESSION_HOURS);
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: user.id,
      action: 'session.opened',
      subject: `user:${user.id}`,
      payload: { ip },
    });
    return s;
  });
  return {
    sessionToken,
    expiresAt: session.expires_at,
    user: {
      id: user.id,
      login: user.login,
      displayName: user.display_name,
      roles: user.roles,
      organisation: { id: user.organisation_id, kind: user.kind, name: user.organisation_name },
    },
  };
}

async function lockAfterManyFailures(
  deps: AppDeps,
  trx: Transaction<Database>,
  user: { id: string; login: string; lock_lifted_at: Date | null },
) {
  const { config } = deps;
  const failures = await throttle.countAccountFailures(
    trx,
    user.login,
    config.LOGIN_WINDOW_MINUTES,
    user.lock_lifted_at,
  );
  if (failures < config.LOGIN_LOCK_FAILURES || !(await throttle.lockAccount(trx, user.id))) return;
  await appendAudit(trx, {
    stream: 'accounts',
    actorUserId: null,
    action: 'account.locked',
    subject: `user:${user.id}`,
    payload: { failures },
  });
}

export async function logout(deps: AppDeps, sessionToken: string): Promise<void> {
  await repo.deleteSession(deps.db, secretHash(sessionToken));
}

/** A bearer token for a machine client, shown once. */
export async function createApiToken(deps: AppDeps, actor: Actor, name: string, days?: number) {
  const max = deps.config.API_TOKEN_MAX_DAYS;
  if (days !== undefined && days > max)
    throw new AppError(
      'VALIDATION_FAILED',
      { en: `days: an API token lives at most ${max} days`, zh: `days：API 令牌的有效期最长 ${max} 天` },
      [{ path: 'days', message: `at most ${max}`, messageZh: `最多 ${max} 天` }],
    );
  const lifetime = days ?? max;
  const token = newSecret('jct_');
  const row = await deps.db.transaction().execute(async (trx) => {
    const r = await repo.insertApiToken(trx, secretHash(token), actor.userId, name, lifetime);
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: actor.userId,
      action: 'api-token.created',
      subject: `api-token:${r.id}`,
      payload: { name, days: lifetime },
    });
    return r;
  });
  return { id: row.id, token, name, expiresAt: row.expires_at };
}

/** The actor behind a credential (its hash, as the middleware computed it once per request). */
export async function resolveActor(deps: AppDeps, credential: Credential | null): Promise<Actor | null> {
  if (credential?.kind === 'api-token') {
    const actor = await repo.findActorByApiToken(deps.db, credential.hash);
    if (!actor)
      throw new AppError('UNAUTHENTICATED', {
        en: 'the bearer token is unknown, revoked or expired',
        zh: '该 Bearer 令牌无效、已撤销或已过期',
      });
    return actor;
  }
  if (credential?.kind === 'session')
    return (
      (await repo.findActorBySession(deps.db, credential.hash, deps.config.SESSION_IDLE_MINUTES)) ?? null
    );
  return null;
}
