import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid, uuidParam } from '../http/ids.js';
import { DEMAND_STATUSES } from './demand.table.js';
import { listOf, PageQuery } from '../http/list.js';

/** quantities are bigint columns; JSON numbers while exact */
const Quantity = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Text = (max: number) => z.string().trim().min(1).max(max);

export const RoundParam = z.object({
  roundId: roundIdParam(),
});

export const ProductParam = RoundParam.extend({
  productCode: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'productCode', in: 'path' } }),
});

export const ReportParam = RoundParam.extend({
  reportId: uuidParam('reportId'),
});

export const DemandBody = z
  .object({
    /** this year's requested quantity, in the product's smallest unit */
    quantity: Quantity,
    /** last year's usage; below the ruleset's floor share of it a reason is required */
    lastYearVolume: Quantity.nullable().default(null),
    /** null: reported by generic name; else the company whose brand is asked for */
    brandCompanyId: uuid().nullable().default(null),
    group: Text(64).nullable().default(null),
    reason: Text(2000).nullable().default(null),
  })
  .openapi('DemandReportRequest');
export type DemandInput = z.infer<typeof DemandBody>;

export const DemandQuery = PageQuery.extend({
  status: z
    .enum(DEMAND_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  productCode: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ param: { name: 'productCode', in: 'query' } }),
});

export const DemandReport = z
  .object({
    id: z.string().uuid(),
    roundId: z.string().uuid(),
    productId: z.string().uuid(),
    productCode: z.string(),
    hospitalId: z.string().uuid(),
    hospitalName: z.string(),
    regionCode: z.string(),
    quantity: z.number().int(),
    lastYearVolume: z.number().int().nullable(),
    brandCompanyId: z.string().uuid().nullable(),
    brandCompanyName: z.string().nullable(),
    group: z.string().nullable(),
    reason: z.string().nullable(),
    status: z.enum(DEMAND_STATUSES),
    reviewerComment: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    submittedAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('DemandReport');

export const DemandList = listOf(DemandReport, 'DemandReportList');

export const ApproveBody = z
  .object({
    comment: Text(2000).nullable().default(null),
    /** optional optimistic check: the updatedAt the reviewer saw; a later change answers 409 CONFLICT */
    expectedUpdatedAt: z.string().datetime({ offset: true }).optional(),
  })
  .openapi('DemandApproveRequest');

export const ReturnBody = z
  .object({
    /** why the hospital must revise the report (required) */
    comment: Text(2000),
    expectedUpdatedAt: z.string().datetime({ offset: true }).optional(),
  })
  .openapi('DemandReturnRequest');

export const ImportResult = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    /** lines already as the file says: left as they were, their review status too */
    unchanged: z.number().int(),
  })
  .openapi('DemandImportResult');

export const LockResult = z
  .object({ roundId: z.string().uuid(), state: z.string(), events: z.array(z.string()) })
  .openapi('DemandLockResult');

export const DemandTotal = z
  .object({
    productId: z.string().uuid(),
    productCode: z.string(),
    regionCode: z.string(),
    /** every report, whatever its review status */
    reportedQuantity: z.number().int(),
    approvedQuantity: z.number().int(),
    hospitals: z.number().int(),
    reports: z.number().int(),
    approved: z.number().int(),
    /** submitted or returned: still waiting for the region */
    pending: z.number().int(),
  })
  .openapi('DemandTotal');

export const DemandTotals = listOf(DemandTotal, 'DemandTotals');
