import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';

const instant = z.string().openapi({ example: '2027-05-09T09:00:00.000Z' });
const DAY = z.iso.date('a date, YYYY-MM-DD').openapi({ example: '2027-05-09' });
const PACKS = z.number().int().min(0).max(10_000_000);

export const DeliveryIdParam = z.object({
  roundId: roundIdParam(),
  deliveryId: uuidParam('deliveryId'),
});

export const RecordDeliveryBody = z
  .object({
    batchNo: z.string().trim().min(1).max(40).describe('the batch number (批号) on the packs'),
    expiryOn: DAY.optional().describe('the batch’s expiry date (有效期至)'),
    packs: PACKS.min(1),
    deliveredOn: DAY,
    distributorId: uuid()
      .optional()
      .describe('the distributor (配送企业) that carried it; absent: the company itself'),
  })
  .openapi('RecordDeliveryRequest');

export const AcceptDeliveryBody = z
  .object({
    acceptedPacks: PACKS,
    shortPacks: PACKS.default(0).describe('packs missing (短缺)'),
    damagedPacks: PACKS.default(0).describe('packs refused as damaged (破损)'),
    note: z.string().trim().max(500).optional(),
  })
  .openapi('AcceptDeliveryRequest');

export const DeliveryQuery = PageQuery.extend({
  awaiting: z
    .enum(['acceptance'])
    .optional()
    .openapi({
      param: { name: 'awaiting', in: 'query' },
      description: 'acceptance: only deliveries not yet accepted',
    }),
  orderId: z
    .string()
    .regex(/^[1-9][0-9]{0,17}$/)
    .optional()
    .openapi({ param: { name: 'orderId', in: 'query' }, description: 'only this order’s deliveries' }),
});

export const Delivery = z
  .object({
    id: z.string(),
    orderId: z.string(),
    hospitalId: z.string(),
    hospitalName: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    productCode: z.string(),
    productName: z.string(),
    distributorId: z.string().nullable(),
    distributorName: z.string().nullable().describe('null: delivered by the company itself'),
    batchNo: z.string(),
    expiryOn: z.string().nullable(),
    packs: z.number().int(),
    deliveredOn: z.string(),
    deliveredAt: instant,
    acceptedOn: z.string().nullable(),
    acceptedPacks: z.number().int().nullable(),
    shortPacks: z.number().int().nullable(),
    damagedPacks: z.number().int().nullable(),
    acceptanceNote: z.string().nullable(),
  })
  .openapi('Delivery');
export const DeliveryList = listOf(Delivery, 'DeliveryList');

export const DistributorBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    uscc: z.string().trim().max(64).describe('its unified social credit code (统一社会信用代码)'),
    regions: z
      .array(z.string().trim().min(1).max(16))
      .max(64)
      .default([])
      .describe('region codes it delivers to'),
  })
  .openapi('DistributorRequest');

export const Distributor = z
  .object({
    id: z.string(),
    companyId: z.string(),
    name: z.string(),
    uscc: z.string(),
    regions: z.array(z.string()),
    createdAt: instant,
  })
  .openapi('Distributor');
export const DistributorList = listOf(Distributor, 'DistributorList');
