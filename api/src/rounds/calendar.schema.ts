import { z } from '@hono/zod-openapi';
import { isCalendarDate, parseInstant, shanghaiInstant } from '@jicai/domain';
import { listOf } from '../http/list.js';

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** RFC 3339 with an offset, or `YYYY-MM-DDTHH:mm` read as Asia/Shanghai wall-clock time. */
export function parseRoundTime(text: string): Date | null {
  const local = LOCAL.exec(text);
  if (local) {
    const [, date, hour, minute] = local as unknown as [string, string, string, string];
    if (!isCalendarDate(date) || Number(hour) > 23 || Number(minute) > 59) return null;
    return shanghaiInstant(date, `${hour}:${minute}`);
  }
  const seconds = parseInstant(text);
  return seconds === null ? null : new Date(seconds.times(1000).floor().toNumber());
}

const roundTime = z
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
  .openapi({ type: 'string', example: '2026-12-01T09:00' });

export const CalendarBody = z
  .object({
    demandOpensAt: roundTime,
    demandClosesAt: roundTime,
    biddingOpensAt: roundTime,
    biddingClosesAt: roundTime,
    openingAt: roundTime,
    objectionWorkingDays: z.number().int('a whole number of working days').min(1).max(60),
  })
  .openapi('RoundCalendarRequest');

export const CalendarView = z
  .object({
    demandOpensAt: z.string().openapi({ example: '2026-12-01T09:00:00+08:00' }),
    demandClosesAt: z.string(),
    biddingOpensAt: z.string(),
    biddingClosesAt: z.string(),
    openingAt: z.string(),
    objectionWorkingDays: z.number().int(),
    objectionEndsOn: z.string().describe('the last day of the objection period (异议期), Asia/Shanghai date'),
  })
  .openapi('RoundCalendar');

const WORKING_DAY_KINDS = ['holiday', 'workday'] as const;

export const WorkingDay = z
  .object({
    day: z
      .string()
      .refine(isCalendarDate, 'not a YYYY-MM-DD calendar date')
      .openapi({ example: '2026-10-10' }),
    kind: z.enum(WORKING_DAY_KINDS).describe('holiday: a weekday off; workday: a weekend day worked (调休)'),
    note: z.string().max(100).default(''),
  })
  .openapi('WorkingDay');

export const WorkingDaysQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .openapi({ param: { name: 'year', in: 'query' } }),
});

/** A year's exceptions, replaced as a whole: the State Council announces each year's holidays at once. */
export const WorkingDaysBody = z
  .object({ year: z.number().int().min(2000).max(2100), days: z.array(WorkingDay).max(366) })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.days.forEach((d, i) => {
      if (!d.day.startsWith(`${body.year}-`))
        ctx.addIssue({ code: 'custom', path: ['days', i, 'day'], message: `not in ${body.year}` });
      else if (seen.has(d.day))
        ctx.addIssue({ code: 'custom', path: ['days', i, 'day'], message: 'listed twice' });
      seen.add(d.day);
    });
  })
  .openapi('WorkingDaysRequest');

export const WorkingDayList = listOf(WorkingDay, 'WorkingDayList');
