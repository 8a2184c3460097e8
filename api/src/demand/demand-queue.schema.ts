import { z } from '@hono/zod-openapi';
import { listOf, PageQuery } from '../http/list.js';
import { uuid } from '../http/ids.js';
import { DemandReport } from './demand.schema.js';
import { DEMAND_STATUSES } from './demand.table.js';

/** How the review queue is ordered; each ends on the report id, so the order is total and pages stable. */
export const QUEUE_SORTS = ['submitted', 'hospital', 'product'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const OUTLIER_FILTERS = ['any', 'above', 'below'] as const;

const RegionCode = z.string().min(1).max(16);
const query = <T extends z.ZodType>(schema: T, name: string, description: string) =>
  schema.openapi({ param: { name, in: 'query' }, description });

export const QueueQuery = PageQuery.extend({
  status: query(z.enum(DEMAND_STATUSES).optional(), 'status', 'only reports in this status (none: all)'),
  productCode: query(z.string().min(1).max(64).optional(), 'productCode', 'only this product'),
  q: query(
    z.string().trim().min(1).max(100).optional(),
    'q',
    "the hospital's name contains this text (case-insensitive)",
  ),
  outlier: query(
    z.enum(OUTLIER_FILTERS).optional(),
    'outlier',
    'only outliers: any, above (more than 2× last year) or below (less than half)',
  ),
  regionCode: query(
    RegionCode.optional(),
    'regionCode',
    "the office's choice of region (none: all); a region bureau always sees its own (another region: 404)",
  ),
  sort: query(
    z.enum(QUEUE_SORTS).default('submitted'),
    'sort',
    'submitted (oldest first, the default), hospital (name) or product (code)',
  ),
});

export const QueueItem = DemandReport.extend({
  productName: z.string(),
  /** quantity ÷ lastYearVolume, 2 decimals (a decimal string); null without last year's volume */
  ratio: z.string().nullable(),
  /** beyond the review thresholds of last year's volume (DEMAND_OUTLIER_ABOVE / _BELOW) */
  outlier: z.enum(['above', 'below']).nullable(),
}).openapi('DemandQueueItem');

export const OutlierThresholds = z
  .object({
    /** a report above this multiple of last year's volume is an outlier (decimal string) */
    above: z.string(),
    /** a report below this share of last year's volume is an outlier (decimal string) */
    below: z.string(),
  })
  .openapi('DemandOutlierThresholds');

export const QueueList = listOf(QueueItem, 'DemandQueue').extend({ thresholds: OutlierThresholds });

export const ReviewRound = z
  .object({
    roundId: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    state: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    demandClosesAt: z.string().nullable(),
    pending: z.number().int(),
    approved: z.number().int(),
    returned: z.number().int(),
  })
  .openapi('DemandReviewRound');
export const ReviewRounds = listOf(ReviewRound, 'DemandReviewRounds');

export const RegionTotalsQuery = z.object({
  regionCode: query(
    RegionCode.optional(),
    'regionCode',
    "the office's choice of region (none: all regions); a bureau its own",
  ),
});

export const RegionTotal = z
  .object({
    productId: z.string().uuid(),
    productCode: z.string(),
    productName: z.string(),
    reports: z.number().int(),
    pending: z.number().int(),
    approved: z.number().int(),
    returned: z.number().int(),
    /** every report, whatever its review status */
    reportedQuantity: z.number().int(),
    approvedQuantity: z.number().int(),
    /** the sum of last year's volumes the reports give */
    lastYearVolume: z.number().int(),
    /** reportedQuantity ÷ lastYearVolume, 2 decimals; null when last year is 0 */
    ratio: z.string().nullable(),
    /** the product's whole reported quantity beyond the thresholds of last year's */
    outlier: z.enum(['above', 'below']).nullable(),
    /** reports of this product that are outliers on their own */
    outlierReports: z.number().int(),
  })
  .openapi('DemandRegionTotal');

export const RegionTotals = z
  .object({
    /** null: every region (the office asked for none) */
    regionCode: z.string().nullable(),
    thresholds: OutlierThresholds,
    items: z.array(RegionTotal),
  })
  .openapi('DemandRegionTotals');

export const MAX_BULK_APPROVALS = 200;

export const BulkApproveBody = z
  .object({
    reports: z
      .array(
        z.object({
          id: uuid(),
          /** the updatedAt the reviewer saw: a report changed since makes the whole request 409 */
          expectedUpdatedAt: z.string().datetime({ offset: true }),
        }),
      )
      .min(1)
      .max(MAX_BULK_APPROVALS),
    comment: z.string().trim().min(1).max(2000).nullable().default(null),
  })
  .openapi('DemandBulkApproveRequest');
export type BulkApproval = z.infer<typeof BulkApproveBody>;

export const BulkApproveResult = z
  .object({ approved: z.number().int(), reports: z.array(DemandReport) })
  .openapi('DemandBulkApproveResult');
