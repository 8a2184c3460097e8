import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  GradeBody,
  GradeParam,
  MySurplusList,
  RoundIdParam,
  Surplus,
  SurplusList,
  SurplusQuery,
} from './surplus.schema.js';
import * as surplus from './surplus.service.js';

const tags = ['surplus'];

/** Surplus retention (结余留用, issue 12 §6): per institution per cycle, with its explanation, and its grade. */
export const surplusRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/surplus',
      operationId: 'listSurplus',
      tags,
      summary:
        'Surplus retention per institution of the round, explained (office all, a region bureau its region, a hospital its own)',
      security: SECURED,
      request: { params: RoundIdParam, query: SurplusQuery },
      responses: { 200: { description: 'institutions by name', ...json(SurplusList) }, ...PROBLEM_RESPONSES },
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
      const { roundId } = c.req.valid('param');
      return c.json(await surplus.listSurplus(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/surplus/{hospitalId}/grade',
      operationId: 'gradeSurplus',
      tags,
      summary:
        'Grade an institution for the cycle (考核等级; the office, or the region bureau of its region)',
      security: SECURED,
      request: { params: GradeParam, body: { ...json(GradeBody), required: true } },
      responses: {
        200: { description: 'the institution, regraded', ...json(Surplus) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'region-bureau-user');
      const { roundId, hospitalId } = c.req.valid('param');
      const { grade } = c.req.valid('json');
      return c.json(await surplus.gradeInstitution(c.var.deps, actor, roundId, hospitalId, grade), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/surplus/mine',
      operationId: 'listMySurplus',
      tags,
      summary: "A hospital's own surplus retention in every round in which it holds agreements",
      security: SECURED,
      request: { query: PageQuery },
      responses: { 200: { description: 'newest round first', ...json(MySurplusList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      return c.json(await surplus.mySurplus(c.var.deps, actor, c.req.valid('query')), 200);
    },
  );
