import { z } from '@hono/zod-openapi';
import { roundIdParam } from '../http/ids.js';
import { listOf } from '../http/list.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const HEX64 = z.string().regex(/^[0-9a-f]{64}$/);

export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const BidParams = z.object({
  roundId: roundIdParam(),
  productCode: z
    .string()
    .regex(CODE, 'a product code')
    .openapi({ param: { name: 'productCode', in: 'path' } }),
});

/** Idempotency-Key: a client-chosen id per logical request (a UUID does), scoped to the company. */
export const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,128}$/, '8–128 characters of A–Z a–z 0–9 . _ : -')
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      example: '5f0c1b7e-3d1a-4c52-9a57-0e8f3a1f9b20',
    }),
});

export const BidBody = z
  .object({
    specCode: z.string().regex(CODE, 'a spec code of the product'),
    /** 申报价: the price of one pack, yuan, at most two decimals */
    packPrice: z
      .string()
      .regex(/^(0|[1-9][0-9]{0,9})(\.[0-9]{1,2})?$/, 'a decimal string with at most 2 decimals')
      .refine((p) => /[1-9]/.test(p), 'must be more than 0')
      .openapi({ example: '12.80' }),
    /** dual-envelope rounds only: the technical envelope (技术标), free text */
    technical: z.string().trim().min(1).max(20_000).optional(),
  })
  .openapi('BidRequest');

export const BidReceipt = z
  .object({
    kind: z.enum(['bid', 'withdrawal']),
    roundId: z.string().uuid(),
    productCode: z.string(),
    companyId: z.string().uuid(),
    commitment: HEX64.nullable(),
    bid: z
      .object({
        specCode: z.string(),
        packPrice: z.string().openapi({ example: '12.80' }),
        technicalDigest: HEX64.nullable(),
      })
      .nullable()
      .openapi({
        description:
          'the bid as sent (price normalized to 2 decimals): only in the answer to the bid itself and its retries; null in listed receipts and withdrawals',
      }),
    salt: HEX64.nullable().openapi({ description: 'beside `bid` only: keep it to recompute the commitment' }),
    revision: z.number().int(),
    sequence: z.number().int(),
    receivedAt: z.string().openapi({ example: '2026-12-20T03:59:59.123456Z' }),
    roundKeyId: HEX64,
    keyId: z.string(),
    signature: z.string(),
  })
  .openapi('BidReceipt', {
    description:
      'Signed by the platform (Ed25519 over the canonical JSON of every other field; key at GET /api/receipts/verification-key). commitment = SHA-256 of the canonical JSON {company, packPrice, product, round, salt, spec[, technical]}: ids in lower case, product and spec codes as the catalogue spells them, packPrice with two decimals. See docs/receipts.md.',
  });

export const MyBids = listOf(BidReceipt, 'MyBids');

export const ReceiptVerificationKey = z
  .object({
    algorithm: z.literal('Ed25519'),
    keyId: z.string().openapi({ description: 'hex: the first 16 bytes of the raw 32-byte public key' }),
    publicKeyPem: z.string().openapi({ description: 'SubjectPublicKeyInfo, PEM' }),
  })
  .openapi('ReceiptVerificationKey');

export const Commitments = z
  .object({
    roundId: z.string().uuid(),
    commitments: z.array(HEX64),
    keyId: z.string(),
    signature: z.string(),
  })
  .openapi('PublishedCommitments');

export type BidInput = z.infer<typeof BidBody>;
