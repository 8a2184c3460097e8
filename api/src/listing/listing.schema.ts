import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import { LISTING_CHANGE_KINDS, LISTING_REASON_CODES, LISTING_STATUSES } from './listing.table.js';

const instant = z.string().openapi({ example: '2027-06-01T09:00:00.000Z' });
const price = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,9})(\.[0-9]{1,2})?$/, 'a decimal string with at most 2 decimals')
  .refine((p) => !/^0(\.0{0,2})?$/.test(p), 'more than zero')
  .openapi({ example: '12.80' });

export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const ListingIdParam = z.object({ listingId: uuidParam('listingId') });

export const ListingQuery = PageQuery.extend({
  roundId: uuid()
    .optional()
    .openapi({ param: { name: 'roundId', in: 'query' } }),
  productId: uuid()
    .optional()
    .openapi({ param: { name: 'productId', in: 'query' } }),
  companyId: uuid()
    .optional()
    .openapi({ param: { name: 'companyId', in: 'query' } }),
  status: z
    .enum(LISTING_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
});
export type ListingQuery = z.infer<typeof ListingQuery>;

export const NewListingBody = z
  .object({
    productId: uuid(),
    companyId: uuid(),
    specCode: z.string().trim().min(1).max(50),
    /** per pack of the spec */
    packPrice: price,
    reason: z.string().trim().min(1).max(2000),
  })
  .openapi('NewListingRequest');
export type NewListingBody = z.infer<typeof NewListingBody>;

export const ListingChangeBody = z
  .object({
    action: z.enum(['delist', 'relist', 'reprice']),
    /** reprice: the new price per pack */
    packPrice: price.optional(),
    reason: z.string().trim().min(1).max(2000),
  })
  .superRefine((b, ctx) => {
    if (b.action === 'reprice' && b.packPrice === undefined)
      ctx.addIssue({ code: 'custom', path: ['packPrice'], message: 'a new price to reprice at' });
  })
  .openapi('ListingChangeRequest');
export type ListingChangeBody = z.infer<typeof ListingChangeBody>;

export const Listing = z
  .object({
    id: z.string(),
    roundId: z.string(),
    roundCode: z.string(),
    productId: z.string(),
    productCode: z.string(),
    productName: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    specCode: z.string(),
    unitsPerPack: z.number().int(),
    packPrice: z.string().describe('the listed price (挂网价) per pack'),
    status: z.enum(LISTING_STATUSES),
    winner: z.boolean().describe('a winner of the round, listed at its awarded price'),
    lastReasonCode: z.enum(LISTING_REASON_CODES).nullable(),
    updatedAt: instant,
  })
  .openapi('Listing');
export const ListingList = listOf(Listing, 'ListingList');

export const ListingChange = z
  .object({
    id: z.string(),
    listingId: z.string(),
    kind: z.enum(LISTING_CHANGE_KINDS),
    status: z.enum(LISTING_STATUSES),
    packPrice: z.string(),
    previousPrice: z.string().nullable(),
    reasonCode: z.enum(LISTING_REASON_CODES),
    reason: z.string(),
    changedAt: instant,
  })
  .openapi('ListingChange');
export const ListingChangeList = listOf(ListingChange, 'ListingChangeList');

export const AppliedChange = ListingChange.omit({ id: true }).extend({
  changeId: z.string(),
  productId: z.string(),
  companyId: z.string(),
  specCode: z.string(),
});
export const ListingApplied = z
  .object({ roundId: z.string(), changes: z.array(AppliedChange) })
  .openapi('ListingApplied');
export const AppliedListingChange = AppliedChange.openapi('AppliedListingChange');
