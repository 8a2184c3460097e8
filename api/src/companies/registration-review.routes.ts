import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { json } from '../http/openapi-json.js';
import { Registration, RegistrationIdParam } from './companies.schema.js';
import { RegistrationReviewBody } from './registration-review.schema.js';
import { reviewRegistration } from './registration-review.service.js';

export const registrationReviewRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/rounds/{roundId}/registrations/{id}/review',
    operationId: 'reviewRegistration',
    tags: ['companies'],
    summary:
      "Approve or reject (with a reason) a company's registration, before bidding opens (office admin); a rejected registration cannot bid",
    security: SECURED,
    request: { params: RegistrationIdParam, body: { ...json(RegistrationReviewBody), required: true } },
    responses: {
      200: { description: 'the registration as reviewed', ...json(Registration) },
      ...PROBLEM_RESPONSES,
    },
  }),
  async (c) => {
    const actor = requireRole(c, 'office-admin');
    const { roundId, id } = c.req.valid('param');
    return c.json(await reviewRegistration(c.var.deps, actor, roundId, id, c.req.valid('json')), 200);
  },
);
