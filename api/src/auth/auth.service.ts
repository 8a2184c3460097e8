import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { AppError } from '../http/app-error.js';
import * as repo from './auth.repository.js';
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

/** Password login with throttling per account and per address (failures counted on the database clock). */
export async function login(
  deps: AppDeps,
  loginName: string,
  password: string,
  ip: string,
): Promise<LoginResult> {
  const { db, config } = deps;
  const failures = await repo.countRecentFailures(db, loginName, ip, config.LOGIN_WINDOW_MINUTES);
  if (failures.byLogin >= config.LOGIN_MAX_FAILURES || failures.byIp >= config.LOGIN_MAX_FAILURES * 4) {
    throw new AppError(
      'LOGIN_THROTTLED',
      `too many failed logins: try again in ${config.LOGIN_WINDOW_MINUTES} minutes`,
      [],
      {
        retryAfterSeconds: config.LOGIN_WINDOW_MINUTES * 60,
      },
    );
  }
  const user = await repo.findUserByLogin(db, loginName);
  const ok = user
    ? await verifyPassword(user.password_hash, password)
    : (await verifyPassword(await DUMMY_HASH, password), false);
  if (!user || !ok || user.disabled) {
    await repo.recordLoginAttempt(db, loginName, ip, false);
    throw new AppError('BAD_CREDENTIALS', 'wrong login or password');
  }
  const sessionToken = newSecret('jcs_');
  const session = await db.transaction().execute(async (trx) => {
    await repo.recordLoginAttempt(trx, loginName, ip, true);
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

export async function logout(deps: AppDeps, sessionToken: string): Promise<void> {
  await repo.deleteSession(deps.db, secretHash(sessionToken));
}

/** A bearer token for a machine client, shown once. */
export async function createApiToken(deps: AppDeps, actor: Actor, name: string, days: number | null) {
  const token = newSecret('jct_');
  const row = await deps.db.transaction().execute(async (trx) => {
    const r = await repo.insertApiToken(trx, secretHash(token), actor.userId, name, days);
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: actor.userId,
      action: 'api-token.created',
      subject: `api-token:${r.id}`,
      payload: { name, days },
    });
    return r;
  });
  return { id: row.id, token, name, expiresAt: row.expires_at };
}

/** The actor behind a credential (its hash, as the middleware computed it once per request). */
export async function resolveActor(deps: AppDeps, credential: Credential | null): Promise<Actor | null> {
  if (credential?.kind === 'api-token') {
    const actor = await repo.findActorByApiToken(deps.db, credential.hash);
    if (!actor) throw new AppError('UNAUTHENTICATED', 'the bearer token is unknown, revoked or expired');
    return actor;
  }
  if (credential?.kind === 'session')
    return (await repo.findActorBySession(deps.db, credential.hash)) ?? null;
  return null;
}
