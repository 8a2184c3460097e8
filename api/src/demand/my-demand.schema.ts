import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import { DEMAND_EVENT_KINDS } from './demand-event.table.js';
import { DEMAND_STATUSES } from './demand.table.js';

export const WorksheetParam = z.object({ roundId: roundIdParam() });
export const TrailParam = WorksheetParam.extend({ reportId: uuidParam('reportId') });

export const LAST_YEAR_SOURCES = ['this-round', 'earlier-round'] as const;

export const WorksheetProduct = z
  .object({
    productCode: z.string(),
    genericName: z.string(),
    /** the catalogue's specs, e.g. "10mg×14、20mg×7" */
    specs: z.string(),
    /** the unit quantities are counted in (the smallest unit of the form), in Chinese */
    unit: z.string(),
    groups: z.array(z.string()),
    lastYearVolume: z.number().int().nullable(),
    /** where lastYearVolume comes from: the own line of this round, or the own report of an earlier round */
    lastYearSource: z.enum(LAST_YEAR_SOURCES).nullable(),
    lastYearRoundCode: z.string().nullable(),
  })
  .openapi('DemandWorksheetProduct');

export const Worksheet = z
  .object({
    roundId: z.string().uuid(),
    /** the round's frozen ruleset's demandFloorShare (a decimal string, e.g. "0.80") */
    demandFloorShare: z.string(),
    products: z.array(WorksheetProduct),
    /** the platform's companies, whose brand a line may ask for (brandCompanyId), by name */
    brands: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  })
  .openapi('DemandWorksheet');

export const OwnRound = z
  .object({
    id: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    state: z.string(),
    demandOpensAt: z.string().nullable(),
    demandClosesAt: z.string().nullable(),
    products: z.number().int(),
    /** the hospital's own lines in the round, and how many of them are approved or returned */
    lines: z.number().int(),
    approved: z.number().int(),
    returned: z.number().int(),
  })
  .openapi('OwnDemandRound');
export const OwnRoundList = listOf(OwnRound, 'OwnDemandRoundList');

export const HistoryQuery = PageQuery.extend({
  status: z
    .enum(DEMAND_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  roundId: uuid()
    .optional()
    .openapi({ param: { name: 'roundId', in: 'query' }, description: 'only this round (its uuid)' }),
});

export const HistoryItem = z
  .object({
    id: z.string().uuid(),
    roundId: z.string().uuid(),
    roundCode: z.string(),
    roundName: z.string(),
    productCode: z.string(),
    genericName: z.string(),
    quantity: z.number().int(),
    lastYearVolume: z.number().int().nullable(),
    brandCompanyName: z.string().nullable(),
    group: z.string().nullable(),
    status: z.enum(DEMAND_STATUSES),
    reviewerComment: z.string().nullable(),
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('OwnDemandHistoryItem');
export const HistoryList = listOf(HistoryItem, 'OwnDemandHistory');

export const TrailEvent = z
  .object({
    kind: z.enum(DEMAND_EVENT_KINDS),
    quantity: z.number().int(),
    lastYearVolume: z.number().int().nullable(),
    reason: z.string().nullable(),
    /** the reviewer's comment (a return's reason) */
    comment: z.string().nullable(),
    /** the reviewing bureau, for a review */
    by: z.string().nullable(),
    at: z.string(),
  })
  .openapi('DemandTrailEvent');
export const Trail = listOf(TrailEvent, 'DemandTrail');
