import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as opening from './bid-opening.service.js';
import {
  OpeningProgress,
  OpeningStatus,
  RoundIdParam,
  ShareBody,
  TechnicalEnvelopes,
  TechnicalReviewBody,
  TechnicalReviewResult,
} from './bid-opening.schema.js';
import { openingStatus } from './opening-status.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['bids'];

export const bidOpeningRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/opening',
      tags,
      summary:
        'How many of the k key shares have been handed in, once bidding has closed (office roles and auditors; 404 before)',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: {
        200: { description: 'the opening’s progress', ...json(OpeningStatus) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor');
      return c.json(await openingStatus(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/opening/shares',
      tags,
      summary:
        'Hand in your key share after bidding closed (office official of the ceremony); with the k-th share the bids are opened (a dual-envelope round: the technical envelopes first, the prices in a second session)',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(ShareBody), required: true } },
      responses: {
        200: {
          description: 'opened: what was opened and which bids were found tampered',
          ...json(OpeningProgress),
        },
        202: { description: 'held: how many more shares are needed', ...json(OpeningProgress) },
        ...PROBLEM_RESPONSES,
        422: { description: 'not the share issued to you (problem+json, code VALIDATION_FAILED)' },
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-official');
      const { roundId } = c.req.valid('param');
      const progress = await opening.submitOpeningShare(
        c.var.deps,
        actor,
        roundId,
        c.req.valid('json').share,
      );
      return progress.status === 'opened' ? c.json(progress, 200) : c.json(progress, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/opening/technical',
      tags,
      summary: 'The opened technical envelopes of a dual-envelope round (office roles and auditors)',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: {
        200: { description: 'the technical envelopes', ...json(TechnicalEnvelopes) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      requireRole(c, 'office-admin', 'office-official', 'auditor');
      return c.json(wholeList(await opening.listTechnical(c.var.deps, c.req.valid('param').roundId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/opening/technical-review',
      tags,
      summary:
        'Record technical pass/fail of opened technical envelopes (office admin); the prices open once every one is recorded',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(TechnicalReviewBody), required: true } },
      responses: {
        200: { description: 'recorded; `pending` reviews remain', ...json(TechnicalReviewResult) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(
        await opening.recordTechnicalReview(c.var.deps, actor, roundId, c.req.valid('json').reviews),
        200,
      );
    },
  );
