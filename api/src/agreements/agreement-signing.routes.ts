import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { json } from '../http/openapi-json.js';
import { clientAddress } from '../http/request-origin.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as signing from './agreement-signing.service.js';
import { AgreementDetail, AgreementStatusCounts, SignAgreementBody } from './agreement-signing.schema.js';
import { AgreementIdParam, RoundIdParam } from './agreements.schema.js';

const tags = ['agreements'];
const READERS = ['office-admin', 'office-official', 'auditor', 'hospital-user', 'company-user'] as const;

/** Signing purchase agreements (购销协议) by both parties, their status and the check of their signatures. */
export const agreementSigningRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/agreements/status-counts',
      operationId: 'countAgreementsByStatus',
      tags,
      summary: 'How many of the round’s agreements are drafted, signed, active, expired or renewed (office)',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'counts', ...json(AgreementStatusCounts) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor');
      return c.json(
        await signing.agreementStatusCounts(c.var.deps, actor, c.req.valid('param').roundId),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/agreements/{agreementId}',
      operationId: 'getAgreement',
      tags,
      summary:
        'An agreement with its lines, status and signatures, each signature checked (its parties and the office)',
      security: SECURED,
      request: { params: AgreementIdParam },
      responses: { 200: { description: 'the agreement', ...json(AgreementDetail) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      const { roundId, agreementId } = c.req.valid('param');
      return c.json(await signing.agreementDetail(c.var.deps, actor, roundId, agreementId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/agreements/{agreementId}/sign',
      operationId: 'signAgreement',
      tags,
      summary:
        'Sign an agreement for one’s own party (a user of its hospital or of its company), typing the password again and naming the terms hash seen',
      security: SECURED,
      request: { params: AgreementIdParam, body: { required: true, ...json(SignAgreementBody) } },
      responses: {
        200: { description: 'signed: the agreement as it now stands', ...json(AgreementDetail) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user', 'company-user');
      const { deps } = c.var;
      const { roundId, agreementId } = c.req.valid('param');
      const ip = clientAddress(c, deps.config);
      return c.json(
        await signing.signAgreement(deps, actor, roundId, agreementId, c.req.valid('json'), ip),
        200,
      );
    },
  );
