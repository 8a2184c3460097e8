import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.js';
import { AppError } from '../http/app-error.js';
import { rememberActor, rememberedActor, type Credential } from './actor-cache.js';
import { resolveActor } from './auth.service.js';
import { secretHash } from './secrets.js';
import type { Actor, Role } from './roles.js';

export const SESSION_COOKIE = 'jicai_session';

/**
 * Routes whose single write statement re-checks the caller's credential, user, organisation and role
 * on the database clock (jicai_submit_bids): they may start from a remembered actor.
 */
const WRITE_RECHECKS_CREDENTIAL = /^\/api\/rounds\/[^/]+\/bids\/[^/]+$/;

/** Resolves the actor from a bearer token or the session cookie; anonymous is allowed here, routes decide. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization');
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  const session = getCookie(c, SESSION_COOKIE);
  const credential: Credential | null = bearer
    ? { kind: 'api-token', hash: secretHash(bearer) }
    : session
      ? { kind: 'session', hash: secretHash(session) }
      : null;
  // c.get, not c.var: Hono builds a fresh object of every variable on each c.var access
  const { db } = c.get('deps');
  const rechecked = credential && c.req.method === 'PUT' && WRITE_RECHECKS_CREDENTIAL.test(c.req.path);
  const remembered = rechecked ? rememberedActor(db, credential) : undefined;
  const actor = remembered ?? (await resolveActor(c.get('deps'), credential));
  if (rechecked && actor && !remembered) rememberActor(db, credential, actor);
  c.set('actor', actor);
  c.set('credential', actor ? credential : null);
  await next();
};

/** The signed-in actor, or 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor)
    throw new AppError('UNAUTHENTICATED', {
      en: 'sign in, or send a bearer token',
      zh: '请先登录，或发送 Bearer 令牌',
    });
  return actor;
}

/** The signed-in actor holding one of the roles, or 401/403. */
export function requireRole(c: Context<AppEnv>, ...roles: Role[]): Actor {
  const actor = requireActor(c);
  if (!roles.some((r) => actor.roles.includes(r))) {
    throw new AppError('FORBIDDEN', {
      en: `this needs one of the roles: ${roles.join(', ')}`,
      zh: `此操作需要以下角色之一：${roles.join('、')}`,
    });
  }
  return actor;
}
