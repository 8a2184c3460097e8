import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid } from '../http/ids.js';
import { listOf } from '../http/list.js';

export const InventoryMonthParam = z.object({
  roundId: roundIdParam(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, YYYY-MM')
    .openapi({ param: { name: 'month', in: 'path' }, example: '2027-04' }),
});
export const CompanyQuery = z.object({
  companyId: uuid()
    .optional()
    .openapi({ param: { name: 'companyId', in: 'query' } }),
});

export const InventoryReportBody = z
  .object({
    items: z
      .array(
        z.object({
          productId: uuid(),
          regionCode: z
            .string()
            .regex(/^[A-Z]{2,3}$/, 'a region code (BJ)')
            .nullable()
            .optional(),
          stockPacks: z.number().int().min(0).max(1_000_000_000),
        }),
      )
      .max(2000),
  })
  .openapi('InventoryReportBody');

export const InventoryMonth = z
  .object({
    companyId: z.string(),
    companyName: z.string(),
    month: z.string().openapi({ example: '2027-04' }),
    dueOn: z.string().describe('the last day to report the month (inventoryReportDay of the next month)'),
    status: z.enum(['on-time', 'late', 'missing', 'not-yet-due']),
    daysLate: z.number().int(),
    reportedAt: z.string().nullable(),
    items: z.array(
      z.object({
        productId: z.string(),
        productCode: z.string(),
        productName: z.string(),
        regionCode: z.string().nullable(),
        stockPacks: z.number().int().describe('packs in stock at the month’s end'),
      }),
    ),
  })
  .openapi('InventoryMonth');
export const InventoryList = listOf(InventoryMonth, 'InventoryList');

export const SuppliedProductList = listOf(
  z
    .object({ productId: z.string(), productCode: z.string(), productName: z.string() })
    .openapi('SuppliedProduct'),
  'SuppliedProductList',
);

const Spread = z.object({ median: z.number().int(), p90: z.number().int() }).nullable();
export const SupplyFigures = z
  .object({
    companyId: z.string(),
    companyName: z.string(),
    orderedPacks: z.number().int(),
    acceptedPacks: z.number().int(),
    responseHours: Spread.describe('whole hours from order to confirmation; null: none confirmed'),
    deliveryDays: Spread.describe('days from the order day to its first delivery; null: none delivered'),
    fillRate: z.string().nullable().describe('accepted ÷ ordered packs, 4 places'),
  })
  .openapi('SupplyFigures');
export const SupplyFiguresList = listOf(SupplyFigures, 'SupplyFiguresList');
