import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { AppError, notFound } from '../http/app-error.js';
import { forgetActor, type Credential } from './actor-cache.js';
import { recordLoginAttempt } from './auth.repository.js';
import * as repo from './credentials.repository.js';
import { loginThrottled, secondsBeforeAttempt } from './login-gate.js';
import * as throttle from './login-throttle.repository.js';
import { assertStrongPassword } from './password-policy.js';
import type { Actor } from './roles.js';
import { hashPassword, verifyPassword } from './secrets.js';

/** The caller's API tokens, live or not, newest first. */
export async function listMyApiTokens(deps: AppDeps, actor: Actor) {
  const rows = await repo.listApiTokens(deps.db, actor.userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    live: r.live,
  }));
}

/** Revokes one of the caller's own tokens (another user's is not found); revoking twice is a no-op. */
export async function revokeMyApiToken(deps: AppDeps, actor: Actor, tokenId: string): Promise<void> {
  const hash = await deps.db.transaction().execute(async (trx) => {
    const token = await repo.lockApiToken(trx, actor.userId, tokenId);
    if (!token) throw notFound('API token');
    if (token.revoked_at) return null;
    await repo.revokeApiToken(trx, token.id);
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: actor.userId,
      action: 'api-token.revoked',
      subject: `api-token:${token.id}`,
      payload: { name: token.name },
    });
    return token.token_hash;
  });
  // this process forgets it now, every other when PostgreSQL tells it (node-bus/); the bid write re-checks anyway
  if (hash) forgetActor(deps.db, { kind: 'api-token', hash });
}

export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/**
 * The caller changes their own password: the current one is required (a wrong one counts as a failed
 * login of this account × address, with the same backoff), the new one must pass the password
 * policy, and every other session of the user ends. API tokens stay: machine clients are revoked
 * one by one. As at login, no database connection is held while argon2 runs.
 */
export async function changeMyPassword(
  deps: AppDeps,
  actor: Actor,
  credential: Credential | null,
  change: PasswordChange,
  ip: string,
): Promise<{ sessionsEnded: number }> {
  const { db, config } = deps;
  const attempt = await db.transaction().execute(async (trx) => {
    const waitSeconds = await secondsBeforeAttempt(trx, config, actor.login, ip);
    if (waitSeconds > 0) return { waitSeconds } as const;
    const user = await repo.findUserPassword(trx, actor.userId);
    if (!user) throw notFound('user');
    const owner = { login: user.login, displayName: user.display_name };
    assertStrongPassword(change.newPassword, owner, 'newPassword');
    return { user, id: await recordLoginAttempt(trx, actor.login, ip, false) } as const;
  });
  if ('waitSeconds' in attempt && attempt.waitSeconds !== undefined)
    throw loginThrottled(attempt.waitSeconds, {
      en: `too many wrong passwords for this account from your address: try again in ${attempt.waitSeconds} s`,
      zh: `您所在的地址对此账号输错密码次数过多：请在 ${attempt.waitSeconds} 秒后重试`,
    });
  const { user } = attempt;
  if (!(await verifyPassword(user.password_hash, change.currentPassword)))
    throw new AppError(
      'VALIDATION_FAILED',
      { en: 'currentPassword: this is not your current password', zh: 'currentPassword：这不是您当前的密码' },
      [{ path: 'currentPassword', message: 'not your current password', messageZh: '不是您当前的密码' }],
    );
  const unchanged = await verifyPassword(user.password_hash, change.newPassword);
  const newHash = unchanged ? null : await hashPassword(change.newPassword);
  const ended = await db.transaction().execute(async (trx) => {
    await throttle.markAttemptSucceeded(trx, attempt.id);
    if (newHash === null) return null;
    // only over the hash the current password was checked against: a concurrent change wins once
    if (!(await repo.replacePasswordHash(trx, user.id, user.password_hash, newHash)))
      throw new AppError('CONFLICT', {
        en: 'your password was changed meanwhile; sign in again',
        zh: '您的密码已在此期间被修改；请重新登录',
      });
    const hashes = await repo.endSessions(
      trx,
      user.id,
      credential?.kind === 'session' ? credential.hash : null,
    );
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: actor.userId,
      action: 'password.changed',
      subject: `user:${user.id}`,
      payload: { sessionsEnded: hashes.length },
    });
    return hashes;
  });
  if (ended === null)
    throw new AppError(
      'WEAK_PASSWORD',
      {
        en: 'newPassword: choose a password other than the current one',
        zh: 'newPassword：新密码不能与当前密码相同',
      },
      [{ path: 'newPassword', message: 'the same as the current password', messageZh: '与当前密码相同' }],
    );
  for (const hash of ended) forgetActor(db, { kind: 'session', hash });
  return { sessionsEnded: ended.length };
}

/** The office lifts the lock that many failed logins put on an account. */
export async function liftAccountLock(deps: AppDeps, actor: Actor, userId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const lifted = await throttle.liftAccountLock(trx, userId);
    if (!lifted) {
      if (!(await repo.userExists(trx, userId))) throw notFound(`user ${userId}`, `用户 ${userId}`);
      throw new AppError('INVALID_STATE', { en: 'this account is not locked', zh: '此账号未被锁定' });
    }
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: actor.userId,
      action: 'account.lock-lifted',
      subject: `user:${lifted.id}`,
      payload: { login: lifted.login },
    });
    return { userId: lifted.id, login: lifted.login, locked: false as const };
  });
}
