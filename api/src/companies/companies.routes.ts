import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  CompanyFacts,
  CompanyFactsBody,
  CompanyIdParam,
  Registration,
  RegistrationBody,
  RegistrationIdParam,
  RegistrationList,
  RegistrationQuery,
  RoundIdParam,
} from './companies.schema.js';
import * as companies from './companies.service.js';
import { json } from '../http/openapi-json.js';

export const companiesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/companies/{companyId}/facts',
      operationId: 'getCompanyFacts',
      tags: ['companies'],
      summary: "A company's facts the rules read (office roles and auditors; a company its own)",
      security: SECURED,
      request: { params: CompanyIdParam },
      responses: { 200: { description: 'the facts', ...json(CompanyFacts) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await companies.getFacts(c.var.deps, actor, c.req.valid('param').companyId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/companies/{companyId}/facts',
      operationId: 'setCompanyFacts',
      tags: ['companies'],
      summary:
        'Replace a company’s facts: credit rank, regions supplied, sales, affiliate group, violation list, quality failure (office admin)',
      security: SECURED,
      request: { params: CompanyIdParam, body: { ...json(CompanyFactsBody), required: true } },
      responses: { 200: { description: 'the facts now', ...json(CompanyFacts) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        await companies.putFacts(c.var.deps, actor, c.req.valid('param').companyId, c.req.valid('json')),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/registrations',
      operationId: 'registerProduct',
      tags: ['companies'],
      summary: "Register your company's product for one of the round's specs (before bidding opens)",
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(RegistrationBody), required: true } },
      responses: { 201: { description: 'registered', ...json(Registration) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      return c.json(
        await companies.register(c.var.deps, actor, c.req.valid('param').roundId, c.req.valid('json')),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/registrations',
      operationId: 'listRegistrations',
      tags: ['companies'],
      summary: "A round's product registrations: a company sees its own; office roles and auditors all",
      security: SECURED,
      request: { params: RoundIdParam, query: RegistrationQuery },
      responses: { 200: { description: 'registrations', ...json(RegistrationList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user', ...companies.OFFICE_READERS);
      const { companyId, reviewStatus, ...page } = c.req.valid('query');
      return c.json(
        await companies.listForRound(
          c.var.deps,
          actor,
          c.req.valid('param').roundId,
          companyId,
          page,
          reviewStatus,
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/rounds/{roundId}/registrations/{id}',
      operationId: 'withdrawRegistration',
      tags: ['companies'],
      summary: 'Withdraw your own registration (before bidding opens)',
      security: SECURED,
      request: { params: RegistrationIdParam },
      responses: { 204: { description: 'withdrawn' }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, id } = c.req.valid('param');
      await companies.withdraw(c.var.deps, actor, roundId, id);
      return c.body(null, 204);
    },
  );
