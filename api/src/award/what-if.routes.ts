import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { json } from '../http/openapi-json.js';
import { RoundIdParam } from './award.schema.js';
import { WhatIfBody, WhatIfResult } from './what-if.schema.js';
import { compareRulesets } from './what-if.service.js';

export const whatIfRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/rounds/{roundId}/evaluation/what-if',
    operationId: 'compareEvaluationRulesets',
    tags: ['opening'],
    summary:
      'What-if (office admin, once opened): the published input under rulesets A and B, and how the outcome differs per product (./jicai compare); nothing is stored',
    security: SECURED,
    request: { params: RoundIdParam, body: { ...json(WhatIfBody), required: true } },
    responses: { 200: { description: 'the difference', ...json(WhatIfResult) }, ...PROBLEM_RESPONSES },
  }),
  async (c) => {
    requireRole(c, 'office-admin');
    const { roundId } = c.req.valid('param');
    return c.json(await compareRulesets(c.var.deps.db, roundId, c.req.valid('json')), 200);
  },
);
