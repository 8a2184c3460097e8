import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as objections from './objection.service.js';
import {
  AwardFixed,
  Objection,
  ObjectionAnswerBody,
  ObjectionBody,
  ObjectionIdParam,
  ObjectionList,
  ObjectionListQuery,
  ProposedPublished,
  RoundIdParam,
} from './award.schema.js';
import { json } from '../http/openapi-json.js';
const tags = ['award'];

/** 拟中选公示, objections (异议) and the award (中选). */
export const awardRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/proposed/publish',
      operationId: 'publishProposedWinners',
      tags,
      summary:
        'Publish the proposed winners (拟中选公示); the objection period runs to 17:00 of its last working day',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'published', ...json(ProposedPublished) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official');
      return c.json(await objections.publishProposed(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/objections',
      operationId: 'fileObjection',
      tags,
      summary: 'File a typed objection during the objection period (company)',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(ObjectionBody), required: true } },
      responses: { 201: { description: 'filed', ...json(Objection) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId } = c.req.valid('param');
      return c.json(await objections.fileObjection(c.var.deps, actor, roundId, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/objections',
      operationId: 'listObjections',
      tags,
      summary: 'Objections: a company sees its own; the office and auditors all',
      security: SECURED,
      request: { params: RoundIdParam, query: ObjectionListQuery },
      responses: { 200: { description: 'objections', ...json(ObjectionList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user', 'office-admin', 'office-official', 'auditor');
      const { roundId } = c.req.valid('param');
      return c.json(await objections.listObjections(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/objections/{id}/answer',
      operationId: 'answerObjection',
      tags,
      summary:
        'Answer an objection (office admin): upheld with a correction re-runs and republishes; or rejected',
      security: SECURED,
      request: { params: ObjectionIdParam, body: { ...json(ObjectionAnswerBody), required: true } },
      responses: { 200: { description: 'answered', ...json(Objection) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId, id } = c.req.valid('param');
      return c.json(
        await objections.answerObjection(c.var.deps, actor, roundId, id, c.req.valid('json')),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/award',
      operationId: 'fixAward',
      tags,
      summary: 'Fix the award (中选, office admin): after the objection period, every objection answered',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'awarded', ...json(AwardFixed) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await objections.fixAward(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  );
