import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as orders from './orders.service.js';
import {
  CancelOrderBody,
  Order,
  OrderableLineList,
  OrderIdParam,
  OrderList,
  OrderQuery,
  PlaceOrderBody,
  RoundIdParam,
} from './orders.schema.js';

const tags = ['purchases'];
const READERS = ['office-admin', 'office-official', 'auditor', 'hospital-user', 'company-user'] as const;

/** Orders by hospitals against their agreements, at the awarded price; confirmed or cancelled. */
export const ordersRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/orderable-lines',
      operationId: 'listOrderableLines',
      tags,
      summary: 'The hospital’s agreement lines: price, agreed and used volume, whether it may order now',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: {
        200: { description: 'agreement lines', ...json(OrderableLineList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      return c.json(await orders.orderableLines(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/orders',
      operationId: 'placeOrder',
      tags,
      summary:
        'A hospital orders a product under its active agreement, always at the awarded pack price (over the agreed volume allowed, marked)',
      security: SECURED,
      request: {
        params: RoundIdParam,
        body: { content: { 'application/json': { schema: PlaceOrderBody } } },
      },
      responses: { 201: { description: 'the order', ...json(Order) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const { roundId } = c.req.valid('param');
      return c.json(await orders.placeOrder(c.var.deps, actor, roundId, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/orders',
      operationId: 'listOrders',
      tags,
      summary: 'Orders, newest first: a hospital its own, a company those it is to fill, the office all',
      security: SECURED,
      request: { params: RoundIdParam, query: OrderQuery },
      responses: { 200: { description: 'orders', ...json(OrderList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      const { status, open, productCode, ...page } = c.req.valid('query');
      const filter = { status, open: open === 'true', productCode };
      return c.json(
        await orders.listOrders(c.var.deps, actor, c.req.valid('param').roundId, filter, page),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/orders/{orderId}',
      operationId: 'getOrder',
      tags,
      summary: 'One order, for its hospital, its company and the office',
      security: SECURED,
      request: { params: OrderIdParam },
      responses: { 200: { description: 'the order', ...json(Order) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      const { roundId, orderId } = c.req.valid('param');
      return c.json(await orders.getOrder(c.var.deps, actor, roundId, orderId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/orders/{orderId}/confirmation',
      operationId: 'confirmOrder',
      tags,
      summary: 'The company confirms an order it is to fill (idempotent); the response time ends here',
      security: SECURED,
      request: { params: OrderIdParam },
      responses: { 200: { description: 'the order', ...json(Order) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, orderId } = c.req.valid('param');
      return c.json(await orders.confirmOrder(c.var.deps, actor, roundId, orderId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/orders/{orderId}/cancellation',
      operationId: 'cancelOrder',
      tags,
      summary: 'The hospital cancels its order, with a reason, before anything was delivered',
      security: SECURED,
      request: {
        params: OrderIdParam,
        body: { content: { 'application/json': { schema: CancelOrderBody } } },
      },
      responses: { 200: { description: 'the order', ...json(Order) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const { roundId, orderId } = c.req.valid('param');
      const { reason } = c.req.valid('json');
      return c.json(await orders.cancelOrder(c.var.deps, actor, roundId, orderId, reason), 200);
    },
  );
