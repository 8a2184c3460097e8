import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { RoundIdParam } from '../rounds/rounds.schema.js';
import {
  CloseOutageBody,
  NoticeList,
  OutageFormulaBody,
  OutageFormulaView,
  OutageIdParam,
  OutageList,
  OutageRecorded,
  RecordOutageBody,
} from './outages.schema.js';
import * as outages from './outages.service.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['outages'];

export const outagesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/outages',
      operationId: 'recordOutage',
      tags,
      summary:
        'Record an outage (office admin); affected round deadlines are extended by each round’s formula, with a public notice',
      security: SECURED,
      request: { body: { ...json(RecordOutageBody), required: true } },
      responses: {
        201: { description: 'the outage and the rounds whose times moved', ...json(OutageRecorded) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await outages.recordOutage(c.var.deps, actor, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/outages/{outageId}',
      operationId: 'closeOutage',
      tags,
      summary: 'Record when an ongoing outage ended (office admin); deadlines are extended again as needed',
      security: SECURED,
      request: { params: OutageIdParam, body: { ...json(CloseOutageBody), required: true } },
      responses: {
        200: { description: 'the outage and the rounds whose times moved', ...json(OutageRecorded) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { outageId } = c.req.valid('param');
      return c.json(await outages.closeOutage(c.var.deps, actor, outageId, c.req.valid('json').endsAt), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/outages',
      operationId: 'listOutages',
      security: [],
      tags,
      summary: 'The outage register, newest first (public)',
      responses: { 200: { description: 'every recorded outage', ...json(OutageList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => c.json(wholeList(await outages.listOutages(c.var.deps.db)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/notices',
      operationId: 'listNotices',
      security: [],
      tags,
      summary: 'Public notices (outages, deadline extensions), newest first (public)',
      responses: {
        200: { description: 'the latest 200 notices', ...json(NoticeList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => c.json(wholeList(await outages.listNotices(c.var.deps.db)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/notices',
      operationId: 'listRoundNotices',
      security: [],
      tags,
      summary: 'A published round’s public notices, newest first (public)',
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the round’s notices', ...json(NoticeList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      return c.json(wholeList(await outages.listRoundNotices(c.var.deps.db, c.var.actor, roundId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/outage-formula',
      operationId: 'getOutageFormula',
      security: [],
      tags,
      summary: 'How a round’s deadlines are extended after an outage, as published with it (public)',
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the formula', ...json(OutageFormulaView) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const { roundId } = c.req.valid('param');
      return c.json(await outages.getFormula(c.var.deps.db, c.var.actor, roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/outage-formula',
      operationId: 'setOutageFormula',
      tags,
      summary: 'Set a draft round’s outage formula (office admin); it is published with the round',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(OutageFormulaBody), required: true } },
      responses: { 200: { description: 'the formula', ...json(OutageFormulaView) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(await outages.setFormula(c.var.deps, actor, roundId, c.req.valid('json')), 200);
    },
  );
