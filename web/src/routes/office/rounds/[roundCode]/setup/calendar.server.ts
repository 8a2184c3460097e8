import { fail, type RequestEvent } from '@sveltejs/kit';
import { isWorkingDay } from '@jicai/domain';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/format/time';
import type { SetupResult } from '$lib/office/setup/setup-result';
import { toExceptions, toggleDay } from '$lib/office/setup/working-month';
import { api, type Api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';

type Event = RequestEvent<{ roundCode: string }>;

export const TIME_FIELDS = [
  'demandOpensAt',
  'demandClosesAt',
  'biddingOpensAt',
  'biddingClosesAt',
  'openingAt',
] as const;
/** The deadline and the opening are held on working days (the office's calendar, 调休 included). */
const ON_WORKING_DAYS = ['biddingClosesAt', 'openingAt'] as const;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

const LABELS: Record<string, () => string> = {
  demandOpensAt: m.setup_cal_demandOpensAt,
  demandClosesAt: m.setup_cal_demandClosesAt,
  biddingOpensAt: m.setup_cal_biddingOpensAt,
  biddingClosesAt: m.setup_cal_biddingClosesAt,
  openingAt: m.setup_cal_openingAt,
  objectionWorkingDays: m.setup_cal_objectionWorkingDays,
};

/** The domain names the other field in its order messages (`须晚于 demandOpensAt`): the page says the label. */
const labelled = (text: string) =>
  text.replace(
    /\b(demandOpensAt|demandClosesAt|biddingOpensAt|biddingClosesAt|openingAt)\b/g,
    (f) => LABELS[f]?.() ?? f,
  );

async function exceptionsOf(client: Api, years: readonly number[]) {
  const lists = await Promise.all(
    [...new Set(years)].map((year) => client.GET('/calendar/working-days', { params: { query: { year } } })),
  );
  return toExceptions(lists.flatMap((l) => l.data?.items ?? []));
}

/** The form's own checks: each time well-formed (Beijing wall-clock time), the deadline and opening on working days. */
async function check(client: Api, values: Record<string, string>) {
  const fields: Record<string, string> = {};
  const dates: Record<string, string> = {};
  for (const f of TIME_FIELDS) {
    const match = LOCAL.exec(values[f]?.trim() ?? '');
    if (!match || Number(match[2]) > 23 || Number(match[3]) > 59) fields[f] = m.setup_cal_time_invalid();
    else dates[f] = match[1] as string;
  }
  if (!/^\d{1,2}$/.test(values.objectionWorkingDays?.trim() ?? ''))
    fields.objectionWorkingDays = m.setup_cal_days_invalid();
  const wanted = ON_WORKING_DAYS.filter((f) => dates[f]);
  if (wanted.length) {
    const exceptions = await exceptionsOf(
      client,
      wanted.map((f) => Number(dates[f]?.slice(0, 4))),
    );
    for (const f of wanted) {
      const day = dates[f] as string;
      if (!isWorkingDay(day, exceptions)) fields[f] = m.setup_cal_not_working_day({ day });
    }
  }
  return fields;
}

export const calendarActions = {
  saveCalendar: async (event: Event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values: Record<string, string> = {};
    for (const f of [...TIME_FIELDS, 'objectionWorkingDays']) values[f] = String(form.get(f) ?? '').trim();
    const client = api(event);
    const fields = await check(client, values);
    if (Object.keys(fields).length)
      return fail(400, { action: 'saveCalendar', values, fields, message: null } satisfies SetupResult);
    const time = (f: string) => (values[f] ?? '').replace(' ', 'T');
    const answer = await client.PUT('/rounds/{roundId}/calendar', {
      params: { path: { roundId: event.params.roundCode } },
      body: {
        demandOpensAt: time('demandOpensAt'),
        demandClosesAt: time('demandClosesAt'),
        biddingOpensAt: time('biddingOpensAt'),
        biddingClosesAt: time('biddingClosesAt'),
        openingAt: time('openingAt'),
        objectionWorkingDays: Number(values.objectionWorkingDays),
      },
    });
    if (answer.error !== undefined) {
      const problem = readProblem(answer.error, m.office_failed());
      const named = Object.entries(problem.fields).map(([k, v]) => [k, labelled(v)]);
      return fail(answer.response.status, {
        action: 'saveCalendar',
        values,
        fields: Object.fromEntries(named),
        message: labelled(problem.message),
      } satisfies SetupResult);
    }
    return {
      action: 'saveCalendar',
      values,
      done: true,
      message: m.setup_cal_saved({ day: formatDate(answer.data?.objectionEndsOn, getLocale()) }),
    } satisfies SetupResult;
  },

  /** One day marked or restored: the year's exceptions are replaced as a whole, as the API takes them. */
  toggleDay: async (event: Event) => {
    requireOfficeAdmin(event);
    const day = String((await event.request.formData()).get('day') ?? '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
      return fail(400, {
        action: 'toggleDay',
        values: {},
        fields: {},
        message: m.office_failed(),
      } satisfies SetupResult);
    const client = api(event);
    const year = Number(day.slice(0, 4));
    const current = await client.GET('/calendar/working-days', { params: { query: { year } } });
    const notes = { makeup: m.setup_wd_note_makeup(), holiday: m.setup_wd_note_holiday() };
    const next = toggleDay(current.data?.items ?? [], day, notes);
    const answer = await client.PUT('/calendar/working-days', { body: { year, days: next.days } });
    if (answer.error !== undefined) {
      const problem = readProblem(answer.error, m.office_failed());
      return fail(answer.response.status, {
        action: 'toggleDay',
        values: { day },
        fields: {},
        message: problem.message,
      } satisfies SetupResult);
    }
    const kinds = {
      working: m.setup_wd_working,
      weekend: m.setup_wd_weekend,
      makeup: m.setup_wd_makeup,
      holiday: m.setup_wd_holiday,
    };
    return {
      action: 'toggleDay',
      values: { day },
      done: true,
      message: m.setup_wd_saved({ day, kind: kinds[next.becomes]() }),
    } satisfies SetupResult;
  },
};
