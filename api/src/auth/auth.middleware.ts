import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.js';
import { AppError } from '../http/app-error.js';
import { resolveActor } from './auth.service.js';
import type { Actor, Role } from './roles.js';

export const SESSION_COOKIE = 'jicai_session';

/** Resolves the actor from a bearer token or the session cookie; anonymous is allowed here, routes decide. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization');
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  c.set('actor', await resolveActor(c.var.deps, { bearer, session: getCookie(c, SESSION_COOKIE) }));
  await next();
};

/** The signed-in actor, or 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'sign in, or send a bearer token');
  return actor;
}

/** The signed-in actor holding one of the roles, or 401/403. */
export function requireRole(c: Context<AppEnv>, ...roles: Role[]): Actor {
  const actor = requireActor(c);
  if (!roles.some((r) => actor.roles.includes(r))) {
    throw new AppError('FORBIDDEN', `this needs one of the roles: ${roles.join(', ')}`);
  }
  return actor;
}
