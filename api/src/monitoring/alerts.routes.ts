import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { behindInstitutions, supplierLag } from './alerts.service.js';
import {
  BehindList,
  BehindQuery,
  LagQuery,
  NonWinnerExcess,
  NonWinnerExcessList,
  NonWinnerNoticeBody,
  NonWinnerParam,
  NonWinnerQuery,
  SupplierLagList,
} from './alerts.schema.js';
import { RoundParam } from './monitoring.schema.js';
import { listNonWinnerExcess, notifyNonWinnerExcess } from './non-winner.service.js';

const tags = ['monitoring'];

export const alertsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/execution/behind',
      operationId: 'listBehindInstitutions',
      tags,
      summary: 'Institutions behind the linear pace, per product (the office all, a bureau its region)',
      security: SECURED,
      request: { params: RoundParam, query: BehindQuery },
      responses: { 200: { description: 'by hospital name', ...json(BehindList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor', 'region-bureau-user');
      const { roundId } = c.req.valid('param');
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(
        await behindInstitutions(c.var.deps, actor, roundId, filter, { limit, ...(cursor && { cursor }) }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/execution/supplier-lag',
      operationId: 'listSupplierLag',
      tags,
      summary:
        'Suppliers’ deliveries against orders, lagging ones marked (the office all, a bureau its region)',
      security: SECURED,
      request: { params: RoundParam, query: LagQuery },
      responses: { 200: { description: 'by company name', ...json(SupplierLagList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor', 'region-bureau-user');
      const { roundId } = c.req.valid('param');
      return c.json(wholeList(await supplierLag(c.var.deps, actor, roundId, c.req.valid('query'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/execution/non-winner-excess',
      operationId: 'listNonWinnerExcess',
      tags,
      summary: 'Non-winning purchases over last year’s volume (非中选产品超量), by hospital and product',
      description:
        'Bought outside any agreement from a company without an agreed volume of the product for the hospital, over the hospital’s last year’s volume (docs/rules.md §12.4). The office all, a bureau its region.',
      security: SECURED,
      request: { params: RoundParam, query: NonWinnerQuery },
      responses: {
        200: { description: 'by hospital name', ...json(NonWinnerExcessList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor', 'region-bureau-user');
      const { roundId } = c.req.valid('param');
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(
        await listNonWinnerExcess(c.var.deps, actor, roundId, filter, { limit, ...(cursor && { cursor }) }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/execution/non-winner-excess/{hospitalId}/{productId}/notice',
      operationId: 'notifyNonWinnerExcess',
      tags,
      summary: 'The office records that it talked to the hospital about its excess (已约谈), with a note',
      security: SECURED,
      request: { params: NonWinnerParam, body: json(NonWinnerNoticeBody) },
      responses: {
        200: { description: 'the case, now notified', ...json(NonWinnerExcess) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official');
      const { roundId, hospitalId, productId } = c.req.valid('param');
      const { note } = c.req.valid('json');
      return c.json(
        await notifyNonWinnerExcess(c.var.deps, actor, roundId, hospitalId, productId, note),
        200,
      );
    },
  );
