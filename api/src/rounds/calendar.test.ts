import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { signIn } from '../test-support/sign-in.js';

let t: TestContext;
let roundId: string;
const cookies: Record<string, string> = {};

const CALENDAR = {
  demandOpensAt: '2026-09-01T09:00',
  demandClosesAt: '2026-09-10T17:00',
  biddingOpensAt: '2026-09-15T09:00',
  biddingClosesAt: '2026-09-25T12:00',
  openingAt: '2026-09-30T14:00',
  objectionWorkingDays: 3,
};
// National Day 2026: Thursday 1 to Wednesday 7 October off; Sunday 20 September and Saturday 10 October worked (调休)
const NATIONAL_DAY_2026 = [
  { day: '2026-09-20', kind: 'workday', note: '国庆节调休' },
  ...['01', '02', '05', '06', '07'].map((d) => ({ day: `2026-10-${d}`, kind: 'holiday', note: '国庆节' })),
  { day: '2026-10-10', kind: 'workday', note: '国庆节调休' },
];

beforeAll(async () => {
  t = await createTestContext();
  await ensureRegion(t.db, 'GZ', '贵州省');
  await createOrgUser(t.db, 'office', ['office-admin'], 'admin');
  await createOrgUser(t.db, 'company', ['company-user'], 'company');
  for (const login of ['admin', 'company']) {
    cookies[login] = await signIn(t, login);
  }
  const created = await call('admin', '/rounds', {
    method: 'POST',
    json: { code: 'GY-CAL-1', name: '日历', regionCodes: ['GZ'], ruleset: 'gd-alliance' },
  });
  roundId = created.body.id as string;
});
afterAll(() => t.close());

type Json = Record<string, any>;
async function call(as: string, path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await t.request(`/api${path}`, { ...init, cookie: cookies[as] });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Json };
}
const setCalendar = (json: unknown) => call('admin', `/rounds/${roundId}/calendar`, { method: 'PUT', json });
const errors = (body: Json) =>
  (body.errors as { path: string; message: string }[]).map((e) => `${e.path}: ${e.message}`);
const auditCount = async () =>
  Number((await sql<{ n: string }>`select count(*) as n from audit_event`.execute(t.db)).rows[0]?.n);

describe('the round calendar', () => {
  it('reads local times in Asia/Shanghai and RFC 3339 with any offset, and answers in +08:00', async () => {
    const res = await setCalendar({
      ...CALENDAR,
      demandClosesAt: '2026-09-10T09:00:00Z',
      biddingOpensAt: '2026-09-15T09:00:00.250+08:00',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      demandOpensAt: '2026-09-01T09:00:00+08:00',
      demandClosesAt: '2026-09-10T17:00:00+08:00',
      biddingOpensAt: '2026-09-15T09:00:00+08:00',
      biddingClosesAt: '2026-09-25T12:00:00+08:00',
      openingAt: '2026-09-30T14:00:00+08:00',
      objectionWorkingDays: 3,
      objectionEndsOn: '2026-10-05',
    });
    const row = await t.db
      .selectFrom('round')
      .select(['demand_opens_at', 'bidding_opens_at'])
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(row.demand_opens_at?.toISOString()).toBe('2026-09-01T01:00:00.000Z');
    expect(row.bidding_opens_at?.toISOString()).toBe('2026-09-15T01:00:00.250Z');
    expect((await call('admin', `/rounds/${roundId}`)).body.calendar).toEqual(res.body);
  });

  it('names each step out of order and each unreadable time, changing nothing', async () => {
    const before = await auditCount();
    const order = await setCalendar({
      ...CALENDAR,
      demandClosesAt: '2026-08-31T09:00',
      biddingClosesAt: '2026-09-15T09:00',
      openingAt: '2026-09-15T08:00',
    });
    expect(order.status).toBe(400);
    expect(order.type).toBe('application/problem+json');
    expect(errors(order.body)).toEqual([
      'demandClosesAt: must be after demandOpensAt',
      'biddingClosesAt: must be after biddingOpensAt',
      'openingAt: must be at or after biddingClosesAt',
    ]);
    const unreadable = await setCalendar({
      ...CALENDAR,
      demandOpensAt: '2026-02-30T09:00',
      demandClosesAt: '2026-09-10 17:00',
      biddingOpensAt: '2026-09-15T09:00:00',
      openingAt: undefined,
      objectionWorkingDays: 0,
    });
    expect(unreadable.body.errors.map((e: Json) => e.path)).toEqual([
      'demandOpensAt',
      'demandClosesAt',
      'biddingOpensAt',
      'openingAt',
      'objectionWorkingDays',
    ]);
    expect(await auditCount()).toBe(before);
    expect((await call('admin', `/rounds/${roundId}`)).body.calendar.demandClosesAt).toBe(
      '2026-09-10T17:00:00+08:00',
    );
  });

  it('counts the objection period on the office’s calendar: a holiday off, a 调休 Saturday on', async () => {
    expect(
      (await call('company', '/calendar/working-days', { method: 'PUT', json: { year: 2026, days: [] } }))
        .status,
    ).toBe(403);
    const put = await call('admin', '/calendar/working-days', {
      method: 'PUT',
      json: { year: 2026, days: NATIONAL_DAY_2026 },
    });
    expect(put.status).toBe(200);
    expect(put.body.items).toHaveLength(7);
    // Wednesday 30 September + 3 working days: Thursday 8, Friday 9, Saturday 10 October (调休)
    expect((await call('admin', `/rounds/${roundId}`)).body.calendar.objectionEndsOn).toBe('2026-10-10');
    // the Shanghai date counts: 16:30Z on 29 September is already 30 September in Shanghai
    const late = await setCalendar({
      ...CALENDAR,
      biddingClosesAt: '2026-09-29T23:00:00+08:00',
      openingAt: '2026-09-29T16:30:00Z',
    });
    expect(late.body).toMatchObject({
      openingAt: '2026-09-30T00:30:00+08:00',
      objectionEndsOn: '2026-10-10',
    });
    const last = await t.db
      .selectFrom('audit_event')
      .select(['stream', 'action', 'subject'])
      .where('stream', '=', 'calendar')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ stream: 'calendar', action: 'working-days.replaced', subject: 'calendar:2026' });
  });

  it('lets anyone signed in read the calendar, by year', async () => {
    await call('admin', '/calendar/working-days', {
      method: 'PUT',
      json: { year: 2027, days: [{ day: '2027-01-01', kind: 'holiday', note: '元旦' }] },
    });
    const all = await call('company', '/calendar/working-days');
    expect(all.body.items).toHaveLength(8);
    expect((await call('company', '/calendar/working-days?year=2027')).body.items).toEqual([
      { day: '2027-01-01', kind: 'holiday', note: '元旦' },
    ]);
    expect((await t.request('/api/calendar/working-days')).status).toBe(401);
  });

  it('replaces a whole year and refuses days outside it, twice listed or not on the calendar', async () => {
    const bad = await call('admin', '/calendar/working-days', {
      method: 'PUT',
      json: {
        year: 2026,
        days: [
          { day: '2027-01-01', kind: 'holiday' },
          { day: '2026-02-30', kind: 'holiday' },
          { day: '2026-05-01', kind: 'off' },
        ],
      },
    });
    expect(errors(bad.body)).toEqual([
      'days[1].day: not a YYYY-MM-DD calendar date',
      expect.stringMatching(/^days\[2\]\.kind: /),
    ]);
    const twice = await call('admin', '/calendar/working-days', {
      method: 'PUT',
      json: {
        year: 2026,
        days: [
          { day: '2027-01-01', kind: 'holiday' },
          { day: '2026-05-01', kind: 'holiday' },
          { day: '2026-05-01', kind: 'holiday' },
        ],
      },
    });
    expect(errors(twice.body)).toEqual(['days[0].day: not in 2026', 'days[2].day: listed twice']);
    expect((await call('admin', '/calendar/working-days?year=2026')).body.items).toHaveLength(7);
    await call('admin', '/calendar/working-days', { method: 'PUT', json: { year: 2026, days: [] } });
    expect((await call('admin', '/calendar/working-days')).body.items).toEqual([
      { day: '2027-01-01', kind: 'holiday', note: '元旦' },
    ]);
    expect((await call('admin', `/rounds/${roundId}`)).body.calendar.objectionEndsOn).toBe('2026-10-05');
  });
});
