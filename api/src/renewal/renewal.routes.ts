import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { roundIdParam } from '../http/ids.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { CreateRoundBody, Round } from '../rounds/rounds.schema.js';
import { renewRound } from './renewal.service.js';

const RenewalBody = CreateRoundBody.pick({ code: true, name: true }).openapi('RenewalRequest');

/** Renewal (接续, issue 12 §6): a new draft round seeded from an expiring one. */
export const renewalRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/rounds/{roundId}/renewal',
    operationId: 'renewRound',
    tags: ['rounds'],
    summary:
      'Make the renewal round (接续) of an expiring round: a draft with its ruleset, regions, catalogue and institutions, last cycle’s purchases as the baseline; its agreements are marked renewed (office admin, once per round)',
    security: SECURED,
    request: {
      params: z.object({ roundId: roundIdParam() }),
      body: { ...json(RenewalBody), required: true },
    },
    responses: { 201: { description: 'the renewal round (a draft)', ...json(Round) }, ...PROBLEM_RESPONSES },
  }),
  async (c) => {
    const actor = requireRole(c, 'office-admin');
    const { roundId } = c.req.valid('param');
    return c.json(await renewRound(c.var.deps, actor, roundId, c.req.valid('json')), 201);
  },
);
