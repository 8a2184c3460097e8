import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { clientAddress, isHttps } from '../http/request-origin.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { requireActor } from './auth.middleware.js';
import { SESSION_COOKIE } from './auth.middleware.js';
import { LoginBody, LoginResponse, Me, TokenBody, TokenResponse } from './auth.schema.js';
import * as auth from './auth.service.js';
import { retryAfterHeader } from './retry-after.js';
import { json } from '../http/openapi-json.js';

export const authRoutes = createRouter();
authRoutes.use('/auth/login', retryAfterHeader);
authRoutes
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      operationId: 'signIn',
      security: [],
      tags: ['accounts'],
      summary: 'Sign in with login and password; sets an httpOnly session cookie',
      request: { body: { ...json(LoginBody), required: true } },
      responses: {
        200: { description: 'signed in', ...json(LoginResponse) },
        ...PROBLEM_RESPONSES,
        423: { description: 'ACCOUNT_LOCKED: the office lifts the lock' },
        429: { description: 'LOGIN_THROTTLED, with Retry-After' },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { config } = c.var.deps;
      const result = await auth.login(c.var.deps, body.login, body.password, clientAddress(c, config));
      setCookie(c, SESSION_COOKIE, result.sessionToken, {
        httpOnly: true,
        sameSite: 'Lax',
        // production sits behind https; plain http in production only ever for a local look
        secure: config.NODE_ENV === 'production' || isHttps(c, config),
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
      operationId: 'signOut',
      security: [],
      tags: ['accounts'],
      summary: 'End the session',
      responses: {
        204: { description: 'signed out' },
        403: { description: 'CROSS_SITE_REQUEST: a browser request from another site' },
      },
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
      operationId: 'getMe',
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
      operationId: 'createApiToken',
      tags: ['accounts'],
      summary: 'Create a bearer API token for a machine client (shown once)',
      security: SECURED,
      request: { body: { ...json(TokenBody), required: true } },
      responses: { 201: { description: 'created', ...json(TokenResponse) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      const token = await auth.createApiToken(c.var.deps, actor, body.name, body.days);
      return c.json({ ...token, expiresAt: token.expiresAt.toISOString() }, 201);
    },
  );
