import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { attachment } from '../documents/document-store.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { AgreementStatusQuery, SignedAgreementList } from './agreement-signing.schema.js';
import { listAgreementViews } from './agreement-signing.service.js';
import * as agreements from './agreements.service.js';
import {
  AgreementGeneration,
  AgreementGenerationStarted,
  AgreementIdParam,
  RoundIdParam,
} from './agreements.schema.js';

const tags = ['agreements'];

/** Purchase agreements (购销协议): their generation as PDFs and their download. */
export const agreementsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/agreements/generation',
      operationId: 'startAgreementGeneration',
      tags,
      summary:
        'Start generating the round’s purchase agreements as PDFs (office; idempotent, resumable, after the agreed volumes)',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: {
        202: { description: 'running (or already done)', ...json(AgreementGenerationStarted) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official');
      return c.json(await agreements.startGeneration(c.var.deps, actor, c.req.valid('param').roundId), 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/agreements/generation',
      operationId: 'getAgreementGeneration',
      tags,
      summary: 'Progress of the round’s agreement generation: state, total, done, failed (office)',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'progress', ...json(AgreementGeneration) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor');
      return c.json(
        await agreements.generationProgress(c.var.deps, actor, c.req.valid('param').roundId),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/agreements',
      operationId: 'listAgreements',
      tags,
      summary:
        'Purchase agreements with status, lines and signatures: a hospital sees its own, a company its own, the office all',
      security: SECURED,
      request: { params: RoundIdParam, query: AgreementStatusQuery },
      responses: { 200: { description: 'agreements', ...json(SignedAgreementList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(
        c,
        'office-admin',
        'office-official',
        'auditor',
        'hospital-user',
        'company-user',
      );
      const { roundId } = c.req.valid('param');
      return c.json(await listAgreementViews(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/agreements/{agreementId}/pdf',
      operationId: 'downloadAgreementPdf',
      tags,
      summary: 'An agreement’s PDF, for its hospital, its company and the office; 404 before it is issued',
      security: SECURED,
      request: { params: AgreementIdParam },
      responses: {
        200: {
          description: 'the PDF as issued (its SHA-256 is in the audit chain)',
          content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
        },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(
        c,
        'office-admin',
        'office-official',
        'auditor',
        'hospital-user',
        'company-user',
      );
      const { roundId, agreementId } = c.req.valid('param');
      const pdf = await agreements.agreementPdf(c.var.deps, actor, roundId, agreementId);
      return c.body(new Uint8Array(pdf.bytes), 200, {
        'content-type': 'application/pdf',
        'content-disposition': attachment(pdf.filename),
      });
    },
  );
