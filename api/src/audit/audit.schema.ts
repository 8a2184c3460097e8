import { z } from '@hono/zod-openapi';
import { isCalendarDate } from '@jicai/domain';
import { listOf } from '../http/list.js';
import { FINDING_KINDS } from './audit-finding.js';

export const ChainStatus = z
  .object({
    ok: z.boolean(),
    seals: z.number().int(),
    digests: z.number().int(),
    broken: z
      .object({
        stream: z.string().openapi({ example: 'round:8c0f…' }),
        seq: z.string().describe('the event’s seq; a seal id for audit_seal; a day for audit_digest'),
        reason: z.string(),
      })
      .optional()
      .describe('the first broken link of the hash chains, when there is one'),
    findings: z
      .array(
        z.object({
          kind: z.enum(FINDING_KINDS).openapi({ example: 'BID_CIPHERTEXT_DIFFERS' }),
          roundId: z.string().nullable(),
          message: z
            .string()
            .openapi({ example: 'bid 5b1e…: ciphertext differs from its audit link (seq 3)' }),
        }),
      )
      .describe('what the business tables hold that the audit chain does not say; empty when they agree'),
  })
  .openapi('AuditChainStatus');

export const Digest = z
  .object({
    day: z.string().openapi({ example: '2026-11-23' }).describe('Asia/Shanghai day'),
    sealId: z.number().int(),
    sealHash: z.string(),
    digestHash: z
      .string()
      .describe(
        'SHA-256 over the day, the seal and its counts (counts not shown: they would reveal bid activity)',
      ),
    publishedAt: z.string(),
  })
  .openapi('AuditDigest');

export const DigestList = listOf(Digest, 'AuditDigestList');

export const DigestDayParam = z.object({
  day: z
    .string()
    .refine(isCalendarDate, 'not a YYYY-MM-DD calendar date')
    .openapi({ param: { name: 'day', in: 'path' }, example: '2026-11-23' }),
});
