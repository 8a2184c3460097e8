import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { KeyCeremony, KeyCeremonyBody, MyShare, RoundIdParam, TakeShareBody } from './key-ceremony.schema.js';
import * as ceremony from './key-ceremony.service.js';
import { json } from '../http/openapi-json.js';
const tags = ['bids'];

export const keyCeremonyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/key-ceremony',
      operationId: 'holdKeyCeremony',
      tags,
      summary:
        "Hold the round's key ceremony before bidding opens: k-of-n office officials will be needed to open the bids (office admin)",
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(KeyCeremonyBody), required: true } },
      responses: {
        201: {
          description: 'the public key and the officials; no share is ever shown here',
          ...json(KeyCeremony),
        },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(await ceremony.holdKeyCeremony(c.var.deps, actor, roundId, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/key-ceremony',
      operationId: 'getKeyCeremony',
      tags,
      summary: "The round's public sealing key, its id (printed on every receipt), k, n and the officials",
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the ceremony', ...json(KeyCeremony) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await ceremony.getKeyCeremony(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/key-ceremony/my-share',
      operationId: 'takeKeyShare',
      tags,
      summary:
        'Take your key share, shown exactly once (office official chosen at the ceremony); the stored copy is deleted as it is shown, so the body must confirm it',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(TakeShareBody), required: true } },
      responses: {
        200: { description: 'your share: keep it offline until the opening', ...json(MyShare) },
        ...PROBLEM_RESPONSES,
        409: { description: 'already fetched (problem+json, code CONFLICT)' },
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-official');
      const share = await ceremony.fetchMyShare(c.var.deps, actor, c.req.valid('param').roundId);
      return c.json(share, 200, { 'cache-control': 'no-store' });
    },
  );
