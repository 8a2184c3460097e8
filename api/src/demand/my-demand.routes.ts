import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { json } from '../http/openapi-json.js';
import { PageQuery, wholeList } from '../http/list.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { EXPORT_FORMATS, exportResponse } from '../spreadsheets/table-export.js';
import { XLSX_TYPE } from '../spreadsheets/xlsx-reader.js';
import { demandTemplateTable } from './demand-template.js';
import {
  HistoryList,
  HistoryQuery,
  OwnRoundList,
  Trail,
  TrailParam,
  Worksheet,
  WorksheetParam,
} from './my-demand.schema.js';
import * as mine from './my-demand.service.js';

// A hospital's own demand pages (issue 10 §1): its worksheet and template of a round, its rounds,
// its history across rounds, and a line's review trail (which its region's bureau and the office read too).
const tags = ['demand'];
const FormatQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS)
    .default('xlsx')
    .openapi({
      param: { name: 'format', in: 'query' },
      description: 'xlsx (default) or csv (UTF-8 with BOM)',
    }),
});

export const myDemandRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/demand/worksheet',
      operationId: 'getDemandWorksheet',
      tags,
      summary:
        "A hospital's worksheet of a round: the catalogue, the ruleset's demandFloorShare, and each product's last year's volume",
      description:
        "lastYearVolume: the hospital's own lastYearVolume on its line of this round (the generic-name line first); else its reported quantity for the same product code or generic name in its most recent earlier round (its lines there summed); else null.",
      security: SECURED,
      request: { params: WorksheetParam },
      responses: { 200: { description: 'the worksheet', ...json(Worksheet) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      return c.json(await mine.worksheet(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/demand/template',
      operationId: 'downloadDemandTemplate',
      tags,
      summary:
        "A hospital's demand template (.xlsx or CSV): the round's products with its last year's volumes and its lines so far; importDemand reads it back",
      security: SECURED,
      request: { params: WorksheetParam, query: FormatQuery },
      responses: {
        200: {
          description: 'the template, Chinese headers as importDemand reads them',
          content: {
            [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
            'text/csv': { schema: { type: 'string' as const } },
          },
        },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const table = await demandTemplateTable(c.var.deps, actor, c.req.valid('param').roundId);
      return (await exportResponse(table, c.req.valid('query').format, '报量模板')) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/demand/mine/rounds',
      operationId: 'listOwnDemandRounds',
      tags,
      summary:
        "A hospital's rounds: its region's rounds open for demand and every round it reported in, newest first, with its lines counted",
      security: SECURED,
      request: { query: PageQuery },
      responses: { 200: { description: 'the rounds', ...json(OwnRoundList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      return c.json(await mine.ownRounds(c.var.deps, actor, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/demand/mine',
      operationId: 'listOwnDemandHistory',
      tags,
      summary: "A hospital's demand lines across rounds, the most recently changed first",
      security: SECURED,
      request: { query: HistoryQuery },
      responses: { 200: { description: 'the lines', ...json(HistoryList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      return c.json(await mine.ownHistory(c.var.deps, actor, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/demand/{reportId}/trail',
      operationId: 'getDemandReportTrail',
      tags,
      summary:
        "A demand line's review trail (submitted, returned with the reason, resubmitted, approved): its hospital, its region's bureau, the office",
      security: SECURED,
      request: { params: TrailParam },
      responses: { 200: { description: 'the trail, oldest first', ...json(Trail) }, ...PROBLEM_RESPONSES },
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
      const { roundId, reportId } = c.req.valid('param');
      return c.json(wholeList(await mine.reportTrail(c.var.deps, actor, roundId, reportId)), 200);
    },
  );
