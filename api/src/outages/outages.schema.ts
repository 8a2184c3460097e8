import { z } from '@hono/zod-openapi';
import { uuidParam } from '../http/ids.js';
import { parseRoundTime } from '../rounds/calendar.schema.js';
import { listOf } from '../http/list.js';

const instant = z
  .string({ error: 'required: an RFC 3339 date-time with offset, or YYYY-MM-DDTHH:mm in Asia/Shanghai' })
  .transform((text, ctx) => {
    const at = parseRoundTime(text);
    if (at) return at;
    ctx.addIssue({
      code: 'custom',
      message: 'not an RFC 3339 date-time with offset, nor YYYY-MM-DDTHH:mm (Asia/Shanghai)',
    });
    return z.NEVER;
  })
  .openapi({ type: 'string', example: '2026-09-25T11:00' });

const endAfterStart = (body: { startsAt: Date; endsAt?: Date | null }, ctx: z.RefinementCtx) => {
  if (body.endsAt && body.endsAt <= body.startsAt) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  }
};

export const RecordOutageBody = z
  .object({
    startsAt: instant,
    endsAt: instant.nullable().optional().describe('absent or null: still going on'),
    cause: z.string().trim().min(1, 'required').max(2000),
  })
  .superRefine(endAfterStart)
  .openapi('RecordOutageRequest');

export const CloseOutageBody = z
  .object({ endsAt: instant.describe('when the platform was back') })
  .openapi('CloseOutageRequest');

export const OutageIdParam = z.object({
  outageId: uuidParam('outageId', 'not an outage id'),
});

export const Outage = z
  .object({
    id: z.string(),
    startsAt: z.string().openapi({ example: '2026-09-25T11:00:00+08:00' }),
    endsAt: z.string().nullable(),
    ongoing: z.boolean(),
    cause: z.string(),
    recordedAt: z.string(),
  })
  .openapi('Outage');

export const OutageList = listOf(Outage, 'OutageList');

const STEP_FIELDS = ['demandClosesAt', 'biddingOpensAt', 'biddingClosesAt', 'openingAt'] as const;

export const RoundExtension = z
  .object({
    roundId: z.string(),
    roundCode: z.string(),
    noticeId: z.string(),
    changes: z.array(z.object({ field: z.enum(STEP_FIELDS), from: z.string(), to: z.string() })),
  })
  .openapi('RoundDeadlineExtension');

export const OutageRecorded = z
  .object({ outage: Outage, extensions: z.array(RoundExtension) })
  .openapi('OutageRecorded');

export const Notice = z
  .object({
    id: z.string(),
    roundId: z.string().nullable(),
    kind: z.enum(['outage', 'deadline-extension']),
    title: z.string(),
    body: z.string(),
    publishedAt: z.string(),
  })
  .openapi('PublicNotice');

export const NoticeList = listOf(Notice, 'PublicNoticeList');

export const OutageFormulaBody = z
  .object({
    graceAfterMinutes: z.number().int().min(0).max(1440),
    extensionMinutes: z
      .union([z.literal('outage-duration'), z.number().int().min(1).max(10080)])
      .describe('what is added to a deadline: the outage’s duration, or fixed minutes'),
    minimumExtensionMinutes: z.number().int().min(0).max(1440),
  })
  .openapi('OutageFormula');

export const OutageFormulaView = OutageFormulaBody.extend({
  isDefault: z.boolean().describe('true: the round did not set its own, the platform default applies'),
}).openapi('OutageFormulaView');
