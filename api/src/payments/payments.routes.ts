import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as terms from './payment-terms.service.js';
import * as payments from './payments.service.js';
import {
  OverdueList,
  OverdueQuery,
  PaymentTerms,
  PaymentTermsBody,
  PrepaymentAccount,
  PrepaymentAccountList,
  PrepaymentBody,
  RoundIdParam,
} from './payments.schema.js';

const tags = ['payments'];
const READERS = [
  'office-admin',
  'office-official',
  'auditor',
  'region-bureau-user',
  'hospital-user',
  'company-user',
] as const;

/** Money on time (issue 12.3): payment terms, the fund's prepayments, the overdue lists. */
export const paymentsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/payment-terms',
      operationId: 'getPaymentTerms',
      tags,
      summary: 'The round’s payment terms: the ruleset’s, the round’s own and each region’s that differ',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'terms', ...json(PaymentTerms) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      return c.json(await terms.getPaymentTerms(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/payment-terms',
      operationId: 'setPaymentTerms',
      tags,
      summary:
        'Set the round’s payment terms as a whole (office admin): due days after acceptance, calendar or working days, per region where different',
      security: SECURED,
      request: { params: RoundIdParam, body: { required: true, ...json(PaymentTermsBody) } },
      responses: { 200: { description: 'terms', ...json(PaymentTerms) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(await terms.setPaymentTerms(c.var.deps, actor, roundId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/prepayments',
      operationId: 'recordPrepayment',
      tags,
      summary:
        'Record the insurance fund’s prepayment (医保基金预付) to a hospital with agreements (office admin)',
      security: SECURED,
      request: { params: RoundIdParam, body: { required: true, ...json(PrepaymentBody) } },
      responses: {
        201: {
          description: 'the hospital’s account after it',
          ...json(PrepaymentAccount.extend({ id: PrepaymentAccount.shape.hospitalId })),
        },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(await payments.recordPrepayment(c.var.deps, actor, roundId, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/prepayments',
      operationId: 'listPrepaymentAccounts',
      tags,
      summary:
        'Each hospital’s prepayment account: annual contracted amount, minimum, prepaid, set off, balance (office all, a region bureau its region, a hospital its own)',
      security: SECURED,
      request: { params: RoundIdParam, query: PageQuery },
      responses: { 200: { description: 'accounts', ...json(PrepaymentAccountList) }, ...PROBLEM_RESPONSES },
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
      return c.json(await payments.prepaymentAccounts(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/payments/overdue',
      operationId: 'listOverduePayments',
      tags,
      summary:
        'Overdue invoices grouped by hospital, region or company, the longest overdue first: a hospital its own, a company its receivables, a region bureau its region, the office all',
      security: SECURED,
      request: { params: RoundIdParam, query: OverdueQuery },
      responses: { 200: { description: 'groups', ...json(OverdueList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      const { roundId } = c.req.valid('param');
      const { by, ...page } = c.req.valid('query');
      return c.json(await payments.listOverdue(c.var.deps, actor, roundId, by, page), 200);
    },
  );
