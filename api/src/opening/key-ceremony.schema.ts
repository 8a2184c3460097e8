import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid } from '../http/ids.js';

const HEX64 = z.string().regex(/^[0-9a-f]{64}$/);

export const RoundIdParam = z.object({ roundId: roundIdParam() });

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

export type KeyCeremonyInput = z.infer<typeof KeyCeremonyBody>;
