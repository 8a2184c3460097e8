import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { approveReports } from './demand-bulk-review.service.js';
import {
  BulkApproveBody,
  BulkApproveResult,
  QueueList,
  QueueQuery,
  RegionTotals,
  RegionTotalsQuery,
  ReviewRounds,
} from './demand-queue.schema.js';
import { listQueue, regionTotals, reviewRounds } from './demand-queue.service.js';
import { RoundParam } from './demand.schema.js';

const tags = ['demand'];
const READERS = ['region-bureau-user', 'office-admin', 'office-official', 'auditor'] as const;

/** The region reviewer's desk (审核): rounds to review, the queue, totals against last year, bulk approval. */
export const demandQueueRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/demand-review/rounds',
      operationId: 'listDemandReviewRounds',
      tags,
      summary: "The rounds with reports from the region bureau's region, with its counts by status",
      security: SECURED,
      responses: {
        200: { description: 'newest round first', ...json(ReviewRounds) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'region-bureau-user');
      return c.json(wholeList(await reviewRounds(c.var.deps, actor)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/demand/queue',
      operationId: 'listDemandQueue',
      tags,
      summary: "One region's reports to review, filtered and paged on the server, outliers marked",
      description:
        'A region bureau sees its own region; the office and auditors name one (regionCode). An outlier asks for more than `thresholds.above` × or less than `thresholds.below` × last year’s volume.',
      security: SECURED,
      request: { params: RoundParam, query: QueueQuery },
      responses: { 200: { description: 'a page of the queue', ...json(QueueList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      const page = await listQueue(c.var.deps, actor, c.req.valid('param').roundId, c.req.valid('query'));
      return c.json(page, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/demand/region-totals',
      operationId: 'getDemandRegionTotals',
      tags,
      summary: "One region's demand by product against the sum of last year's volumes, outliers marked",
      security: SECURED,
      request: { params: RoundParam, query: RegionTotalsQuery },
      responses: {
        200: { description: 'every product of the round, by code', ...json(RegionTotals) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, ...READERS);
      const { roundId } = c.req.valid('param');
      return c.json(await regionTotals(c.var.deps, actor, roundId, c.req.valid('query').regionCode), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/demand/approve-many',
      operationId: 'approveDemandReports',
      tags,
      summary: "A region bureau approves several of its region's reports at once: all or none",
      description:
        'Each report must be unchanged since read (expectedUpdatedAt; else 409 CONFLICT with changedReportIds), waiting for review and not an outlier against last year (else 400 naming each). Each approval is audited as one.',
      security: SECURED,
      request: { params: RoundParam, body: { ...json(BulkApproveBody), required: true } },
      responses: {
        200: { description: 'every listed report approved', ...json(BulkApproveResult) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'region-bureau-user');
      const { roundId } = c.req.valid('param');
      return c.json(await approveReports(c.var.deps, actor, roundId, c.req.valid('json')), 200);
    },
  );
