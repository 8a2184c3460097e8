import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { notFound } from '../http/app-error.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  CompanyQuery,
  InventoryList,
  InventoryMonth,
  InventoryMonthParam,
  InventoryReportBody,
  SuppliedProductList,
  SupplyFiguresList,
} from './inventory.schema.js';
import { listInventory, reportInventory, suppliedProducts } from './inventory.service.js';
import { RoundParam } from './monitoring.schema.js';
import { listSupplyFigures } from './supply.service.js';

const tags = ['monitoring'];

export const inventoryRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/inventory/{month}',
      operationId: 'reportInventory',
      tags,
      summary: 'A winner reports its stock at the month’s end (库存), per product and optionally region',
      description: 'The month’s whole list: it replaces what the company reported for that month before.',
      security: SECURED,
      request: { params: InventoryMonthParam, body: json(InventoryReportBody) },
      responses: {
        200: { description: 'the month as reported', ...json(InventoryMonth) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, month } = c.req.valid('param');
      const reported = await reportInventory(c.var.deps, actor, roundId, month, c.req.valid('json').items);
      if (!reported) throw notFound('inventory report', '该库存报告');
      return c.json(reported, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/inventory',
      operationId: 'listInventory',
      tags,
      summary:
        'Suppliers’ monthly stock reports with their lateness (the office all or one, a company its own)',
      security: SECURED,
      request: { params: RoundParam, query: CompanyQuery },
      responses: {
        200: { description: 'by company, then month', ...json(InventoryList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor', 'company-user');
      const { roundId } = c.req.valid('param');
      return c.json(wholeList(await listInventory(c.var.deps, actor, roundId, c.req.valid('query'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/inventory/products',
      operationId: 'listSuppliedProducts',
      tags,
      summary: 'The products the company supplies in the round (what its stock report lists)',
      security: SECURED,
      request: { params: RoundParam },
      responses: { 200: { description: 'by code', ...json(SuppliedProductList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      return c.json(wholeList(await suppliedProducts(c.var.deps, actor, c.req.valid('param').roundId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/execution/supply-figures',
      operationId: 'listSupplyFigures',
      tags,
      summary:
        'Order response time, delivery time and fill rate per supplier (the office all or one, a company its own)',
      security: SECURED,
      request: { params: RoundParam, query: CompanyQuery },
      responses: {
        200: { description: 'by company name', ...json(SupplyFiguresList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor', 'company-user');
      const { roundId } = c.req.valid('param');
      return c.json(
        wholeList(await listSupplyFigures(c.var.deps, actor, roundId, c.req.valid('query'))),
        200,
      );
    },
  );
