import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { requireActor } from './auth.middleware.js';
import { SESSION_COOKIE } from './auth.middleware.js';
import { LoginBody, LoginResponse, Me, TokenBody, TokenResponse } from './auth.schema.js';
import * as auth from './auth.service.js';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['accounts'],
      summary: 'Sign in with login and password; sets an httpOnly session cookie',
      request: { body: { ...json(LoginBody), required: true } },
      responses: {
        200: { description: 'signed in', ...json(LoginResponse) },
        ...PROBLEM_RESPONSES,
        429: { description: 'LOGIN_THROTTLED' },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const ip = clientAddress(c);
      const result = await auth.login(c.var.deps, body.login, body.password, ip);
      setCookie(c, SESSION_COOKIE, result.sessionToken, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: c.req.url.startsWith('https:'),
        path: '/',
        expires: result.expiresAt,
      });
      return c.json({ user: result.user, expiresAt: result.expiresAt.toISOString() }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['accounts'],
      summary: 'End the session',
      responses: { 204: { description: 'signed out' } },
    }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await auth.logout(c.var.deps, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags: ['accounts'],
      summary: 'Who am I',
      security: SECURED,
      responses: { 200: { description: 'the signed-in actor', ...json(Me) }, ...PROBLEM_RESPONSES },
    }),
    (c) => {
      const actor = requireActor(c);
      return c.json({ ...actor, roles: [...actor.roles] }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/tokens',
      tags: ['accounts'],
      summary: 'Create a bearer API token for a machine client (shown once)',
      security: SECURED,
      request: { body: { ...json(TokenBody), required: true } },
      responses: { 201: { description: 'created', ...json(TokenResponse) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      const token = await auth.createApiToken(
        c.var.deps,
        actor,
        body.name,
        body.days === undefined ? 90 : body.days,
      );
      return c.json({ ...token, expiresAt: token.expiresAt?.toISOString() ?? null }, 201);
    },
  );

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}
