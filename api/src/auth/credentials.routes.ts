import { createRoute } from '@hono/zod-openapi';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { wholeList } from '../http/list.js';
import { clientAddress } from '../http/request-origin.js';
import { UserIdParam } from '../organisations/organisations.schema.js';
import { requireActor, requireRole } from './auth.middleware.js';
import {
  AccountLockResponse,
  ApiTokenList,
  ChangePasswordBody,
  ChangePasswordResponse,
  TokenIdParam,
} from './credentials.schema.js';
import * as credentials from './credentials.service.js';
import { retryAfterHeader } from './retry-after.js';
import { json } from '../http/openapi-json.js';
const tags = ['accounts'];

/** The caller's own credentials (tokens, password) and the office's lifting of account locks. */
export const credentialsRoutes = createRouter();
credentialsRoutes.use('/auth/password', retryAfterHeader);
credentialsRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/tokens',
      operationId: 'listApiTokens',
      tags,
      summary: 'Your API tokens, live, expired and revoked (never the secret)',
      security: SECURED,
      responses: { 200: { description: 'the tokens', ...json(ApiTokenList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(wholeList(await credentials.listMyApiTokens(c.var.deps, actor)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/auth/tokens/{tokenId}',
      operationId: 'revokeApiToken',
      tags,
      summary: 'Revoke one of your API tokens (at once; revoking twice changes nothing)',
      security: SECURED,
      request: { params: TokenIdParam },
      responses: { 204: { description: 'revoked' }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      await credentials.revokeMyApiToken(c.var.deps, actor, c.req.valid('param').tokenId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      operationId: 'changePassword',
      tags,
      summary: 'Change your password: the current one is required; your other sessions end (API tokens stay)',
      security: SECURED,
      request: { body: { ...json(ChangePasswordBody), required: true } },
      responses: {
        200: { description: 'changed', ...json(ChangePasswordResponse) },
        ...PROBLEM_RESPONSES,
        429: { description: 'LOGIN_THROTTLED, with Retry-After' },
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { deps } = c.var;
      const ip = clientAddress(c, deps.config);
      const body = c.req.valid('json');
      return c.json(await credentials.changeMyPassword(deps, actor, c.var.credential, body, ip), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/unlock',
      operationId: 'unlockUser',
      tags,
      summary: 'Lift the lock that many failed logins put on an account (office admin)',
      security: SECURED,
      request: { params: UserIdParam },
      responses: {
        200: { description: 'unlocked', ...json(AccountLockResponse) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await credentials.liftAccountLock(c.var.deps, actor, c.req.valid('param').id), 200);
    },
  );
