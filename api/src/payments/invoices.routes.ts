import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as invoices from './invoices.service.js';
import * as payments from './payments.service.js';
import {
  DeliveryIdParam,
  Invoice,
  InvoiceableDeliveryList,
  InvoiceBody,
  InvoiceIdParam,
  InvoiceList,
  InvoiceListQuery,
  PaymentBody,
  RoundIdParam,
} from './payments.schema.js';

const tags = ['payments'];

/** Invoices (发票) on accepted deliveries and their payments (回款). */
export const invoicesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/deliveries/{deliveryId}/invoice',
      operationId: 'recordInvoice',
      tags,
      summary:
        'Record the invoice of an accepted delivery (company): amount = accepted packs × awarded pack price exactly; due day fixed from the acceptance and the payment terms',
      security: SECURED,
      request: { params: DeliveryIdParam, body: { required: true, ...json(InvoiceBody) } },
      responses: { 201: { description: 'recorded', ...json(Invoice) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, deliveryId } = c.req.valid('param');
      return c.json(
        await invoices.recordInvoice(c.var.deps, actor, roundId, deliveryId, c.req.valid('json')),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/invoiceable-deliveries',
      operationId: 'listInvoiceableDeliveries',
      tags,
      summary:
        'The company’s accepted deliveries without an invoice yet, with the amount the invoice must say',
      security: SECURED,
      request: { params: RoundIdParam, query: PageQuery },
      responses: {
        200: { description: 'deliveries', ...json(InvoiceableDeliveryList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId } = c.req.valid('param');
      return c.json(
        await invoices.listInvoiceableDeliveries(c.var.deps, actor, roundId, c.req.valid('query')),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/invoices',
      operationId: 'listInvoices',
      tags,
      summary:
        'Invoices by due day with what is paid and their status on the round’s date: a hospital its own, a company its receivables, a region bureau its region, the office all',
      security: SECURED,
      request: { params: RoundIdParam, query: InvoiceListQuery },
      responses: { 200: { description: 'invoices', ...json(InvoiceList) }, ...PROBLEM_RESPONSES },
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
      const { roundId } = c.req.valid('param');
      const { status, ...page } = c.req.valid('query');
      return c.json(await invoices.listInvoices(c.var.deps, actor, roundId, status, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/invoices/{invoiceId}/payments',
      operationId: 'recordPayment',
      tags,
      summary:
        'Record a payment of the own hospital’s invoice (at most what is outstanding): by the hospital, directly by the insurance fund, or set off against the fund’s prepayment',
      security: SECURED,
      request: { params: InvoiceIdParam, body: { required: true, ...json(PaymentBody) } },
      responses: {
        201: { description: 'the invoice after the payment', ...json(Invoice) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const { roundId, invoiceId } = c.req.valid('param');
      return c.json(
        await payments.recordPayment(c.var.deps, actor, roundId, invoiceId, c.req.valid('json')),
        201,
      );
    },
  );
