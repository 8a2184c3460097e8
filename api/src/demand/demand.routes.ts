import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { IMPORT_BODY_CONTENT, readImportBody } from '../spreadsheets/import-body.js';
import { CSV_COLUMNS, MAX_IMPORT_ROWS } from './csv-import.js';
import { lockDemand, reviewReport } from './demand-review.service.js';
import {
  ApproveBody,
  DemandBody,
  DemandList,
  DemandQuery,
  DemandReport,
  DemandTotals,
  ImportResult,
  LockResult,
  ProductParam,
  ReportParam,
  ReturnBody,
  RoundParam,
} from './demand.schema.js';
import * as demand from './demand.service.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['demand'];
const DEADLINE = { description: 'DEADLINE_PASSED: the demand window has closed on the database clock' };

export const demandRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/demand/{productCode}',
      operationId: 'reportDemand',
      tags,
      summary:
        'A hospital reports (or resubmits) its demand for a product, by generic name or by brand (brandCompanyId)',
      description:
        "Only while the round's demand window is open on the database clock. Below the ruleset's demandFloorShare × lastYearVolume a reason is required. A resubmission goes back to 'submitted'.",
      security: SECURED,
      request: { params: ProductParam, body: { ...json(DemandBody), required: true } },
      responses: {
        200: { description: 'resubmitted', ...json(DemandReport) },
        201: { description: 'reported', ...json(DemandReport) },
        ...PROBLEM_RESPONSES,
        409: DEADLINE,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const { roundId, productCode } = c.req.valid('param');
      const result = await demand.submitReport(c.var.deps, actor, roundId, productCode, c.req.valid('json'));
      return result.created ? c.json(result.report, 201) : c.json(result.report, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/demand',
      operationId: 'listDemandReports',
      tags,
      summary:
        "Demand reports: a hospital sees its own, a region bureau its region's, the office and auditors all",
      security: SECURED,
      request: { params: RoundParam, query: DemandQuery },
      responses: {
        200: { description: 'the reports the caller may see', ...json(DemandList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(
        c,
        'hospital-user',
        'region-bureau-user',
        'office-admin',
        'office-official',
        'auditor',
      );
      const page = await demand.listReports(
        c.var.deps,
        actor,
        c.req.valid('param').roundId,
        c.req.valid('query'),
      );
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/demand/import',
      operationId: 'importDemand',
      tags,
      summary: 'A hospital imports its demand from .xlsx or CSV: all rows or none',
      description: `Body: an .xlsx workbook (every non-empty sheet is read), text/csv (UTF-8 with or without BOM, GB18030/GBK, UTF-16), or JSON {"csv": "…"}. Header required, in English or Chinese (docs/data-exchange.md); columns ${CSV_COLUMNS.join(',')} (productCode and quantity required; brandUscc names the brand's company). At most ${MAX_IMPORT_ROWS} rows. Any problem answers 422 IMPORT_REJECTED listing every problem with its sheet, row (numbered as in a spreadsheet: the header is row 1), column, cell and code, and saves nothing.`,
      security: SECURED,
      request: {
        params: RoundParam,
        body: { required: true, content: IMPORT_BODY_CONTENT },
      },
      responses: {
        200: { description: 'every row saved', ...json(ImportResult) },
        ...PROBLEM_RESPONSES,
        409: DEADLINE,
        422: { description: 'IMPORT_REJECTED: nothing saved; `errors` lists every problem by row' },
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const sheets = await readImportBody(c.req, MAX_IMPORT_ROWS);
      return c.json(await demand.importReports(c.var.deps, actor, c.req.valid('param').roundId, sheets), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/demand/totals',
      operationId: 'getDemandTotals',
      tags,
      summary: 'Demand totals by product × region for the office',
      security: SECURED,
      request: { params: RoundParam },
      responses: {
        200: { description: 'totals, by product code then region', ...json(DemandTotals) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      requireRole(c, 'office-admin', 'office-official', 'auditor');
      return c.json(wholeList(await demand.demandTotals(c.var.deps, c.req.valid('param').roundId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/demand/lock',
      operationId: 'lockDemand',
      tags,
      summary: 'The office locks demand once the window has closed and every report is approved',
      security: SECURED,
      request: { params: RoundParam },
      responses: { 200: { description: 'demand locked', ...json(LockResult) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await lockDemand(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/demand/{reportId}/approve',
      operationId: 'approveDemandReport',
      tags,
      summary: 'A region bureau approves a report of a hospital in its region',
      security: SECURED,
      request: { params: ReportParam, body: { ...json(ApproveBody), required: false } },
      responses: { 200: { description: 'approved', ...json(DemandReport) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'region-bureau-user');
      const { roundId, reportId } = c.req.valid('param');
      const body = ApproveBody.parse(c.req.valid('json'));
      const decision = {
        verdict: 'approved' as const,
        comment: body.comment,
        expectedUpdatedAt: body.expectedUpdatedAt,
      };
      return c.json(await reviewReport(c.var.deps, actor, roundId, reportId, decision), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/demand/{reportId}/return',
      operationId: 'returnDemandReport',
      tags,
      summary: 'A region bureau returns a report to its hospital with a comment',
      security: SECURED,
      request: { params: ReportParam, body: { ...json(ReturnBody), required: true } },
      responses: { 200: { description: 'returned', ...json(DemandReport) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'region-bureau-user');
      const { roundId, reportId } = c.req.valid('param');
      const body = c.req.valid('json');
      const decision = {
        verdict: 'returned' as const,
        comment: body.comment,
        expectedUpdatedAt: body.expectedUpdatedAt,
      };
      return c.json(await reviewReport(c.var.deps, actor, roundId, reportId, decision), 200);
    },
  );
