import { z } from '@hono/zod-openapi';
import { BID_OUTCOMES, BUILT_IN_RULESET_NAMES, PRODUCT_STATUSES, QUALIFYING_CONDITIONS } from '@jicai/domain';

const ruleset = z.string().min(1).max(64);

const Side = z
  .object({
    base: ruleset.openapi({
      example: 'nvbp-7',
      description: `"round" (the round's own ruleset, as published) or a built-in: ${BUILT_IN_RULESET_NAMES.join(', ')}`,
    }),
    overrides: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        example: { spreadMultiple: '1.5' },
        description: 'override keys of the contract, on top of the base',
      }),
  })
  .openapi('WhatIfSide');

export const WhatIfBody = z
  .object({
    a: Side,
    b: Side,
    seq: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'a record of the round; default the latest' }),
  })
  .openapi('WhatIfBody');

const change = <T extends z.ZodTypeAny>(t: T) => z.object({ a: t, b: t }).nullable();
const status = z.enum(PRODUCT_STATUSES).nullable();
const condition = z.enum(QUALIFYING_CONDITIONS);
const quantity = z.string().nullable().openapi({ description: 'smallest units, an integer as a string' });

const Outcome = z
  .object({
    status: z.enum(PRODUCT_STATUSES),
    winners: z.number().int(),
    ratio: z.string().nullable(),
    agreedVolume: quantity,
  })
  .nullable();

const ProductDiff = z.object({
  productId: z.string(),
  group: z.string().nullable(),
  presence: z.enum(['both', 'only-a', 'only-b']),
  same: z.boolean(),
  status: change(status),
  winnersAdded: z.array(z.string()),
  winnersRemoved: z.array(z.string()),
  prices: z.array(
    z.object({
      companyId: z.string(),
      winningUcp: z.object({ a: z.string().nullable(), b: z.string().nullable() }),
      winningPackPrice: z.object({ a: z.string().nullable(), b: z.string().nullable() }),
    }),
  ),
  bids: z.array(
    z.object({
      bidId: z.string(),
      companyId: z.string(),
      outcome: change(z.enum(BID_OUTCOMES).nullable()),
      qualifiedBy: change(z.array(condition).nullable()),
      offerUcp: change(z.string().nullable()),
    }),
  ),
  winners: change(z.number().int().nullable()),
  ratio: change(z.string().nullable()),
  cycleYears: change(z.number().int().nullable()),
  agreedVolume: change(quantity),
  regions: z.array(
    z.object({
      regionId: z.string(),
      primary: z.object({ a: z.string().nullable(), b: z.string().nullable() }),
      backup: z.object({ a: z.string().nullable(), b: z.string().nullable() }),
    }),
  ),
  sideA: Outcome,
  sideB: Outcome,
});

const Compared = z.object({
  name: z.string(),
  version: z.string(),
  label: z
    .string()
    .openapi({ description: '"round" for the round\'s own ruleset, else the ruleset\'s name' }),
  overrides: z.record(z.string(), z.unknown()),
});

export const WhatIfResult = z
  .object({
    roundId: z.string(),
    seq: z.number().int(),
    a: Compared,
    b: Compared,
    products: z.array(ProductDiff),
    names: z.object({
      organisations: z.record(z.string(), z.string()),
      products: z.record(z.string(), z.string()),
      regions: z.record(z.string(), z.string()),
    }),
  })
  .openapi('WhatIfResult');
