import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as deliveries from './deliveries.service.js';
import * as distributors from './distributors.service.js';
import {
  AcceptDeliveryBody,
  Delivery,
  DeliveryIdParam,
  DeliveryList,
  DeliveryQuery,
  Distributor,
  DistributorBody,
  DistributorList,
  RecordDeliveryBody,
} from './deliveries.schema.js';
import { OrderIdParam, RoundIdParam } from './orders.schema.js';
import { PageQuery } from '../http/list.js';

const tags = ['purchases'];
const READERS = ['office-admin', 'office-official', 'auditor', 'hospital-user', 'company-user'] as const;

/** Deliveries (配送) by the company or its distributor, acceptance (验收) by the hospital, distributors. */
export const deliveriesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/orders/{orderId}/deliveries',
      operationId: 'recordDelivery',
      tags,
      summary: 'The company records a delivery of a confirmed order: batch, expiry, packs, day, distributor',
      security: SECURED,
      request: {
        params: OrderIdParam,
        body: { content: { 'application/json': { schema: RecordDeliveryBody } } },
      },
      responses: { 201: { description: 'the delivery', ...json(Delivery) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, orderId } = c.req.valid('param');
      return c.json(
        await deliveries.recordDelivery(c.var.deps, actor, roundId, orderId, c.req.valid('json')),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/deliveries',
      operationId: 'listDeliveries',
      tags,
      summary: 'Deliveries, newest first: a hospital those it received, a company its own, the office all',
      security: SECURED,
      request: { params: RoundIdParam, query: DeliveryQuery },
      responses: { 200: { description: 'deliveries', ...json(DeliveryList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      const { awaiting, orderId, ...page } = c.req.valid('query');
      const filter = { awaitingAcceptance: awaiting === 'acceptance', orderId };
      const { roundId } = c.req.valid('param');
      return c.json(await deliveries.listDeliveries(c.var.deps, actor, roundId, filter, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/deliveries/{deliveryId}/acceptance',
      operationId: 'acceptDelivery',
      tags,
      summary: 'The hospital accepts a delivery (验收): accepted, short and damaged packs, a note',
      security: SECURED,
      request: {
        params: DeliveryIdParam,
        body: { content: { 'application/json': { schema: AcceptDeliveryBody } } },
      },
      responses: { 200: { description: 'the delivery', ...json(Delivery) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const { roundId, deliveryId } = c.req.valid('param');
      return c.json(
        await deliveries.acceptDelivery(c.var.deps, actor, roundId, deliveryId, c.req.valid('json')),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/distributors',
      operationId: 'listDistributors',
      tags,
      summary: 'The company’s distributors (配送企业); the office reads every company’s',
      security: SECURED,
      request: { query: PageQuery },
      responses: { 200: { description: 'distributors', ...json(DistributorList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user', 'office-admin', 'office-official', 'auditor');
      return c.json(await distributors.listDistributors(c.var.deps, actor, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/distributors',
      operationId: 'addDistributor',
      tags,
      summary: 'The company names a distributor that carries its deliveries (name, USCC, regions)',
      security: SECURED,
      request: { body: { content: { 'application/json': { schema: DistributorBody } } } },
      responses: { 201: { description: 'the distributor', ...json(Distributor) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      return c.json(await distributors.addDistributor(c.var.deps, actor, c.req.valid('json')), 201);
    },
  );
