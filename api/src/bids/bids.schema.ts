import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid } from '../http/ids.js';
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

export const KeyCeremonyBody = z
  .object({
    officialUserIds: z.array(uuid()).min(2).max(255),
    k: z.number().int().min(2).max(255),
  })
  .superRefine((b, ctx) => {
    if (new Set(b.officialUserIds).size !== b.officialUserIds.length)
      ctx.addIssue({ code: 'custom', path: ['officialUserIds'], message: 'each official once' });
    if (b.k > b.officialUserIds.length)
      ctx.addIssue({ code: 'custom', path: ['k'], message: 'cannot exceed the number of officials' });
  })
  .openapi('KeyCeremonyRequest');

export const KeyCeremony = z
  .object({
    roundId: z.string().uuid(),
    publicKey: z.string().openapi({ description: 'X25519 SubjectPublicKeyInfo DER, base64' }),
    roundKeyId: HEX64,
    k: z.number().int(),
    n: z.number().int(),
    createdAt: z.string(),
    officials: z.array(
      z.object({
        userId: z.string().uuid(),
        displayName: z.string(),
        shareIndex: z.number().int(),
        shareHash: HEX64,
        fetched: z.boolean(),
      }),
    ),
  })
  .openapi('KeyCeremony');

export const MyShare = z
  .object({
    roundId: z.string().uuid(),
    roundKeyId: HEX64,
    shareIndex: z.number().int(),
    share: z.string().openapi({ description: 'base64url; shown once: keep it offline until opening' }),
    shareHash: HEX64,
    k: z.number().int(),
    n: z.number().int(),
  })
  .openapi('MyKeyShare');

/** Taking the share deletes the stored copy: the caller says so explicitly (no link click can). */
export const TakeShareBody = z
  .object({
    confirm: z.literal(true, {
      error: 'send confirm: true — the share is shown once and the stored copy is deleted',
    }),
  })
  .openapi('TakeKeyShareRequest');

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

export type BidInput = z.infer<typeof BidBody>;
export type KeyCeremonyInput = z.infer<typeof KeyCeremonyBody>;
