import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import { PURCHASE_STATUSES } from './ledger.table.js';

const instant = z.string().openapi({ example: '2027-05-08T09:00:00.000Z' });
const day = z.string().openapi({ example: '2027-05-08' });
const decimal = z.string().openapi({ example: '28.00' });
const PACKS = z.number().int().min(1).max(10_000_000);

export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const OrderIdParam = z.object({
  roundId: roundIdParam(),
  orderId: z
    .string()
    .regex(/^[1-9][0-9]{0,17}$/, 'not an order id')
    .openapi({ param: { name: 'orderId', in: 'path' }, example: '1042' }),
});

export const PlaceOrderBody = z
  .object({
    productCode: z.string().trim().min(1).max(40).describe('the product of the round (its catalogue code)'),
    agreementId: uuid()
      .optional()
      .describe('the agreement to order under; needed only when two active agreements cover the product'),
    packs: PACKS,
    externalRef: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .optional()
      .describe('the hospital’s own order number (订单号)'),
    packPrice: z
      .string()
      .optional()
      .describe(
        'never needed: an order is always at the awarded price; if given it must be that price, or the order is refused',
      ),
  })
  .openapi('PlaceOrderRequest');

export const OrderQuery = PageQuery.extend({
  status: z
    .enum(PURCHASE_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' }, description: 'only orders in this status' }),
  open: z
    .enum(['true', 'false'])
    .optional()
    .openapi({
      param: { name: 'open', in: 'query' },
      description: 'true: only orders still to fill (ordered, confirmed or delivered)',
    }),
  productCode: z
    .string()
    .max(40)
    .optional()
    .openapi({ param: { name: 'productCode', in: 'query' }, description: 'only this product' }),
});

export const Order = z
  .object({
    id: z.string(),
    roundId: z.string(),
    hospitalId: z.string(),
    hospitalName: z.string(),
    regionCode: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    agreementId: z.string().nullable(),
    productId: z.string(),
    productCode: z.string(),
    productName: z.string(),
    specCode: z.string(),
    packs: z.number().int(),
    units: z.string().describe('packs × units per pack (an integer as a string)'),
    packPrice: decimal.describe('the awarded pack price'),
    amount: decimal.describe('packs × pack price, exactly'),
    overAgreed: z.boolean().describe('the order went beyond the agreement line’s agreed volume'),
    orderedOn: day,
    orderedAt: instant,
    externalRef: z.string().nullable(),
    status: z.enum(PURCHASE_STATUSES),
    confirmedAt: instant.nullable(),
    cancelledAt: instant.nullable(),
    cancelReason: z.string().nullable(),
    deliveredPacks: z.number().int().describe('packs delivered and not refused at acceptance'),
    packsToDeliver: z.number().int(),
  })
  .openapi('Order');
export const OrderList = listOf(Order, 'OrderList');

export const CancelOrderBody = z
  .object({ reason: z.string().trim().min(1).max(500).describe('why the hospital cancels') })
  .openapi('CancelOrderRequest');

export const OrderableLine = z
  .object({
    agreementId: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    productId: z.string(),
    productCode: z.string(),
    productName: z.string(),
    specCode: z.string(),
    unitsPerPack: z.number().int(),
    packPrice: decimal,
    supply: z.enum(['primary', 'backup']),
    agreedVolume: z.string().describe('units (smallest units, 片/粒/支)'),
    usedUnits: z.string().describe('units of non-cancelled orders and imported lines so far'),
    cycleStart: day,
    cycleEnd: day,
    active: z.boolean().describe('both sides signed, today within the cycle, the line not ended'),
  })
  .openapi('OrderableLine');
export const OrderableLineList = listOf(OrderableLine, 'OrderableLineList');
