import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { AppError } from '../http/app-error.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  BidBody,
  BidParams,
  BidReceipt,
  Commitments,
  IdempotencyHeader,
  MyBids,
  RoundIdParam,
} from './bids.schema.js';
import * as bids from './bids.service.js';
import { receiptKeyRoutes } from './receipt-key.routes.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['bids'];
/** receipts carry the salt: never cached by anything between the company and the platform */
const PRIVATE = { 'cache-control': 'no-store' };

/**
 * Sealed bidding. Before opening, the only routes that touch bids are the company's own (submit,
 * replace, withdraw, list its receipts); anything else about bids answers 404 for everyone, the
 * office included, so no count, size, time or ETag of others' bids can leak.
 */
export const bidsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/bids/{productCode}',
      operationId: 'submitBid',
      tags,
      summary:
        'Submit or replace your sealed bid for one product while bidding is open (company); answers a signed receipt. Idempotency-Key required',
      security: SECURED,
      request: { params: BidParams, headers: IdempotencyHeader, body: { ...json(BidBody), required: true } },
      responses: {
        200: {
          description: 'the signed receipt (the same one again for a retried key)',
          ...json(BidReceipt),
        },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, productCode } = c.req.valid('param');
      const key = c.req.valid('header')['idempotency-key'];
      const credential = c.get('credential');
      if (!credential)
        throw new AppError('UNAUTHENTICATED', {
          en: 'sign in, or send a bearer token',
          zh: '请先登录，或发送 Bearer 令牌',
        });
      const { receipt, replayed } = await bids.submitBid(
        c.get('deps'),
        actor,
        credential,
        { roundId, productCode, key },
        c.req.valid('json'),
      );
      return c.json(receipt, 200, { ...PRIVATE, 'idempotent-replayed': String(replayed) });
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/rounds/{roundId}/bids/{productCode}',
      operationId: 'withdrawBid',
      tags,
      summary: 'Withdraw your bid for one product while bidding is open (company); Idempotency-Key required',
      security: SECURED,
      request: { params: BidParams, headers: IdempotencyHeader },
      responses: {
        200: { description: 'the signed withdrawal receipt', ...json(BidReceipt) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, productCode } = c.req.valid('param');
      const key = c.req.valid('header')['idempotency-key'];
      const { receipt, replayed } = await bids.withdraw(c.get('deps'), actor, { roundId, productCode, key });
      return c.json(receipt, 200, { ...PRIVATE, 'idempotent-replayed': String(replayed) });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/bids/mine',
      operationId: 'listMyBids',
      tags,
      summary: 'Your own bids of the round as their latest signed receipts (company); nobody can read others',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'your receipts', ...json(MyBids) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const items = await bids.listMine(c.get('deps'), actor, c.req.valid('param').roundId);
      return c.json(wholeList(items), 200, PRIVATE);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/commitments',
      operationId: 'getCommitments',
      security: [],
      tags,
      summary:
        'The signed list of commitments of the live bids, sorted by value, published once bidding has closed (public; 404 before)',
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the commitments', ...json(Commitments) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => c.json(await bids.publishedCommitments(c.get('deps'), c.req.valid('param').roundId), 200),
  )
  .route('/', receiptKeyRoutes);
