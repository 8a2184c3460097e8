import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid } from '../http/ids.js';
import { listOf } from '../http/list.js';

const HEX64 = z.string().regex(/^[0-9a-f]{64}$/);

export const RoundIdParam = z.object({ roundId: roundIdParam() });

export const ShareBody = z.object({ share: z.string().min(4).max(2048) }).openapi('OpeningShareRequest');

export const OpeningProgress = z
  .object({
    phase: z.enum(['technical', 'price']),
    status: z.enum(['waiting', 'opened']),
    held: z.number().int(),
    k: z.number().int(),
    needed: z.number().int(),
    opened: z.number().int(),
    tampered: z.array(
      z.object({ bidId: z.string().uuid(), commitment: HEX64.nullable(), problem: z.string() }),
    ),
  })
  .openapi('OpeningProgress');

export const OpeningStatus = z
  .object({
    roundId: z.string().uuid(),
    phase: z.enum(['technical', 'price']),
    status: z.enum(['waiting', 'opened']),
    held: z.number().int().describe('shares handed in for this phase (k once opened)'),
    k: z.number().int(),
    needed: z.number().int(),
    handedIn: z.boolean().describe('whether you handed in your share for this phase'),
  })
  .openapi('OpeningStatus');

export const TechnicalReviewBody = z
  .object({
    reviews: z
      .array(z.object({ openedBidId: uuid(), pass: z.boolean() }))
      .min(1)
      .max(10_000),
  })
  .openapi('TechnicalReviewRequest');

export const TechnicalReviewResult = z
  .object({ reviewed: z.number().int(), pending: z.number().int() })
  .openapi('TechnicalReviewResult');

export const TechnicalEnvelopes = listOf(
  z.object({
    openedBidId: z.string().uuid(),
    companyId: z.string().uuid(),
    productCode: z.string(),
    technical: z.string().nullable(),
    technicalPass: z.boolean().nullable(),
    status: z.enum(['technical-opened', 'opened', 'tampered']),
  }),
  'TechnicalEnvelopes',
);
