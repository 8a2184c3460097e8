import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, PROBLEM_RESPONSES } from '../http/router.js';
import { json } from '../http/openapi-json.js';
import { RoundIdParam } from './award.schema.js';
import { awardTimeline } from './award-timeline.js';

const instant = z.string().openapi({ example: '2027-03-25T17:00:00+08:00' });
const AwardTimeline = z
  .object({
    roundId: z.string(),
    openedAt: instant,
    revivalClosesAt: instant
      .nullable()
      .openapi({ description: 'the revival window’s end (复活), if one opened' }),
    revivalClosedAt: instant.nullable(),
    proposedAt: instant.nullable().openapi({ description: 'proposed winners published (拟中选公示)' }),
    objectionEndsAt: instant
      .nullable()
      .openapi({ description: 'the objection period’s end (异议期): 17:00 of its last working day' }),
    awardedAt: instant.nullable(),
    regionSelectionStartedAt: instant.nullable(),
    volumesAgreedAt: instant.nullable(),
  })
  .openapi('AwardTimeline');

export const awardTimelineRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/rounds/{roundId}/award-timeline',
    operationId: 'getAwardTimeline',
    tags: ['award'],
    summary:
      'The award’s dates: opening, revival window, proposed winners and their objection period, award, agreed volumes (public once opened)',
    security: [],
    request: { params: RoundIdParam },
    responses: { 200: { description: 'the dates', ...json(AwardTimeline) }, ...PROBLEM_RESPONSES },
  }),
  async (c) => c.json(await awardTimeline(c.var.deps.db, c.req.valid('param').roundId), 200),
);
