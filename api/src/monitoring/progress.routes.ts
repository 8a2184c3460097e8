import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { scopeOf } from './monitoring-scope.js';
import {
  ExecutionRoundList,
  InstitutionParam,
  InstitutionProgress,
  ProgressQuery,
  RoundParam,
  RoundProgress,
} from './monitoring.schema.js';
import { findExecutionRounds } from './names.repository.js';
import { institutionProgress, roundProgress } from './progress.service.js';

const tags = ['monitoring'];

export const progressRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/execution/rounds',
      operationId: 'listExecutionRounds',
      tags,
      summary:
        'Rounds with agreements in the caller’s reach (the office all, a bureau its region’s, a party its own)',
      security: SECURED,
      responses: { 200: { description: 'newest first', ...json(ExecutionRoundList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(
        c,
        'office-admin',
        'office-official',
        'auditor',
        'region-bureau-user',
        'hospital-user',
        'company-user',
      );
      const rounds = await findExecutionRounds(c.var.deps.db, scopeOf(actor));
      return c.json(
        wholeList(rounds.map((r) => ({ roundId: r.id, code: r.code, name: r.name, state: r.state }))),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/execution/progress',
      operationId: 'getRoundProgress',
      tags,
      summary: 'Completion against agreed volume by region, product, company and month (采购进度)',
      description:
        'The office sees every region and company, a region bureau its own region, a company its own products. Read from the rollups kept by triggers (agreed_total, purchase_month).',
      security: SECURED,
      request: { params: RoundParam, query: ProgressQuery },
      responses: { 200: { description: 'progress', ...json(RoundProgress) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(
        c,
        'office-admin',
        'office-official',
        'auditor',
        'region-bureau-user',
        'company-user',
      );
      const { roundId } = c.req.valid('param');
      return c.json(await roundProgress(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/execution/institutions/{hospitalId}',
      operationId: 'getInstitutionProgress',
      tags,
      summary:
        'One institution’s completion per product (the hospital itself, its region’s bureau, the office)',
      security: SECURED,
      request: { params: InstitutionParam },
      responses: { 200: { description: 'per product', ...json(InstitutionProgress) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(
        c,
        'office-admin',
        'office-official',
        'auditor',
        'region-bureau-user',
        'hospital-user',
      );
      const { roundId, hospitalId } = c.req.valid('param');
      return c.json(await institutionProgress(c.var.deps, actor, roundId, hospitalId), 200);
    },
  );
