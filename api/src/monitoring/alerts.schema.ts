import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import { ProgressFigures } from './monitoring.schema.js';

const regionCode = z
  .string()
  .regex(/^[A-Z]{2,3}$/, 'a region code (BJ)')
  .optional()
  .openapi({ param: { name: 'regionCode', in: 'query' }, example: 'BJ' });
const companyId = uuid()
  .optional()
  .openapi({ param: { name: 'companyId', in: 'query' } });

export const BehindQuery = PageQuery.extend({ regionCode });
export const LagQuery = z.object({ regionCode, companyId });

export const BehindLine = ProgressFigures.extend({
  hospitalId: z.string(),
  hospitalName: z.string(),
  regionCode: z.string(),
  productId: z.string(),
  productCode: z.string(),
  productName: z.string(),
}).openapi('BehindLine');
export const BehindList = listOf(BehindLine, 'BehindList');

export const SupplierLag = z
  .object({
    companyId: z.string(),
    companyName: z.string(),
    orderedPacks: z.number().int(),
    deliveredPacks: z.number().int(),
    lagging: z.boolean().describe('delivered ÷ ordered < deliveryLagThreshold (docs/rules.md §12.5)'),
  })
  .openapi('SupplierLag');
export const SupplierLagList = listOf(SupplierLag, 'SupplierLagList');

export const NON_WINNER_STATUSES = ['open', 'notified'] as const;
export const NonWinnerQuery = PageQuery.extend({
  regionCode,
  companyId,
  hospitalId: uuid()
    .optional()
    .openapi({ param: { name: 'hospitalId', in: 'query' } }),
  productId: uuid()
    .optional()
    .openapi({ param: { name: 'productId', in: 'query' } }),
  status: z
    .enum(NON_WINNER_STATUSES)
    .optional()
    .openapi({
      param: { name: 'status', in: 'query' },
      description: 'open: not yet acted on; notified: 已约谈',
    }),
});

export const NonWinnerExcess = z
  .object({
    hospitalId: z.string(),
    hospitalName: z.string(),
    regionCode: z.string(),
    productId: z.string(),
    productCode: z.string(),
    productName: z.string(),
    companies: z.string().describe('the companies it was bought from, names joined by 、'),
    purchasedUnits: z.number().int().describe('non-winning purchases of the cycle, smallest units'),
    cap: z.number().int().nullable().describe("the hospital's last year's volume (上年用量)"),
    excess: z.number().int(),
    status: z.enum(NON_WINNER_STATUSES),
    note: z.string().nullable(),
    notifiedAt: z.string().nullable(),
  })
  .openapi('NonWinnerExcess');
export const NonWinnerExcessList = listOf(NonWinnerExcess, 'NonWinnerExcessList');

export const NonWinnerParam = z.object({
  roundId: roundIdParam(),
  hospitalId: uuidParam('hospitalId'),
  productId: uuidParam('productId'),
});
export const NonWinnerNoticeBody = z
  .object({ note: z.string().trim().min(1).max(500).describe('what was said or decided (约谈记录)') })
  .openapi('NonWinnerNoticeBody');
