import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { createOrgUser } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { signIn } from '../test-support/sign-in.js';

let t: TestContext;
let adminId: string;
const cookies: Record<string, string> = {};

/** Shanghai wall-clock time on a September 2026 day. */
const at = (day: number, hhmm: string) => `2026-09-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`;

/** A round straight into a state, its bid deadline and opening at `deadline` on `day`. */
async function insertRound(code: string, state: string, day: number, deadline: string, published = true) {
  const { rows } = await sql<{ id: string }>`
    insert into round (code, name, state, ruleset, ruleset_frozen, published_at, created_by,
      demand_opens_at, demand_closes_at, bidding_opens_at, bidding_closes_at, opening_at, objection_working_days)
    values (${code}, ${`批次 ${code}`}, ${state}, '"gd-alliance"',
      ${published ? sql`'{}'::jsonb` : null}, ${published ? sql`jicai_now()` : null}, ${adminId},
      ${at(1, '09:00')}, ${at(5, '17:00')}, ${at(8, '09:00')}, ${at(day, deadline)}, ${at(day, deadline)}, 3)
    returning id`.execute(t.db);
  return (rows[0] as { id: string }).id;
}

async function call(as: string | null, path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await t.request(`/api${path}`, { ...init, cookie: as ? cookies[as] : undefined });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const deadlines = (id: string) =>
  t.db
    .selectFrom('round')
    .select([
      sql<string>`to_char(bidding_closes_at at time zone 'Asia/Shanghai', 'DD HH24:MI')`.as('closes'),
      sql<string>`to_char(opening_at at time zone 'Asia/Shanghai', 'DD HH24:MI')`.as('opening'),
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  t = await createTestContext();
  adminId = (await createOrgUser(t.db, 'office', ['office-admin'], 'admin')).userId;
  await createOrgUser(t.db, 'company', ['company-user'], 'company');
  for (const login of ['admin', 'company']) {
    cookies[login] = await signIn(t, login);
  }
  await setPlatformClock(t.db, new Date(at(25, '10:00')));
});
afterAll(() => t.close());

describe('the outage register', () => {
  it('extends a bid deadline inside an outage, and the opening with it, with a public notice', async () => {
    const round = await insertRound('OUT-1', 'bidding-open', 25, '12:00');
    const cancelled = await insertRound('OUT-X', 'cancelled', 25, '12:00');
    const res = await call('admin', '/outages', {
      method: 'POST',
      json: { startsAt: '2026-09-25T11:00', endsAt: '2026-09-25T13:00', cause: '机房断电 / power cut' },
    });
    expect(res.status).toBe(201);
    expect(res.body.outage).toMatchObject({
      startsAt: at(25, '11:00'),
      endsAt: at(25, '13:00'),
      ongoing: false,
    });
    expect(res.body.extensions).toEqual([
      {
        roundId: round,
        roundCode: 'OUT-1',
        noticeId: expect.any(String),
        changes: [
          { field: 'biddingClosesAt', from: at(25, '12:00'), to: at(25, '14:00') },
          { field: 'openingAt', from: at(25, '12:00'), to: at(25, '14:00') },
        ],
      },
    ]);
    expect(await deadlines(round)).toEqual({ closes: '25 14:00', opening: '25 14:00' });
    expect(await deadlines(cancelled)).toEqual({ closes: '25 12:00', opening: '25 12:00' });

    const notices = await call(null, `/rounds/${round}/notices`);
    expect(notices.status).toBe(200);
    expect(notices.body.items).toHaveLength(1);
    expect(notices.body.items[0]).toMatchObject({
      id: res.body.extensions[0].noticeId,
      kind: 'deadline-extension',
    });
    expect(notices.body.items[0].body).toContain(
      '投标截止时间顺延至 2026-09-25 14:00（原定 2026-09-25 12:00）',
    );
    expect(notices.body.items[0].body).toContain('the bid deadline is extended to 2026-09-25 14:00');
    const rows = await t.db.selectFrom('deadline_extension').select(['field', 'outage_id']).execute();
    expect(rows).toEqual([
      { field: 'bidding_closes_at', outage_id: res.body.outage.id },
      { field: 'opening_at', outage_id: res.body.outage.id },
    ]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['stream', 'action'])
      .where('action', 'in', ['outage.recorded', 'round.deadline-extended'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { stream: 'outages', action: 'outage.recorded' },
      { stream: `round:${round}`, action: 'round.deadline-extended' },
    ]);
  });

  it('extends a deadline in the grace period after an outage, not one well after it', async () => {
    const near = await insertRound('OUT-2', 'bidding-open', 26, '12:00');
    const far = await insertRound('OUT-3', 'bidding-open', 26, '15:00');
    const res = await call('admin', '/outages', {
      method: 'POST',
      json: { startsAt: at(26, '09:00'), endsAt: at(26, '11:30'), cause: '数据库故障' },
    });
    expect(res.body.extensions.map((e: { roundCode: string }) => e.roundCode)).toEqual(['OUT-2']);
    // 2 h 30 of outage added to 12:00
    expect(await deadlines(near)).toEqual({ closes: '26 14:30', opening: '26 14:30' });
    expect(await deadlines(far)).toEqual({ closes: '26 15:00', opening: '26 15:00' });
  });

  it('holds a deadline while an outage goes on, and settles it when the end is recorded', async () => {
    await setPlatformClock(t.db, new Date(at(27, '12:30')));
    const round = await insertRound('OUT-4', 'bidding-open', 27, '12:45');
    const ongoing = await call('admin', '/outages', {
      method: 'POST',
      json: { startsAt: at(27, '12:20'), cause: 'CA 证书服务中断' },
    });
    expect(ongoing.body.outage).toMatchObject({ endsAt: null, ongoing: true });
    // provisionally over by now (12:30): at least 30 minutes after it
    expect(await deadlines(round)).toMatchObject({ closes: '27 13:00' });

    await setPlatformClock(t.db, new Date(at(27, '13:10')));
    const closed = await call('admin', `/outages/${ongoing.body.outage.id}`, {
      method: 'PATCH',
      json: { endsAt: at(27, '13:05') },
    });
    expect(closed.status).toBe(200);
    // recomputed from the published 12:45 over 12:20–13:05: the later of 13:30 and 13:35
    expect(closed.body.extensions[0].changes[0]).toEqual({
      field: 'biddingClosesAt',
      from: at(27, '13:00'),
      to: at(27, '13:35'),
    });
    expect((await call(null, `/rounds/${round}/notices`)).body.items).toHaveLength(2);

    // another outage elsewhere recomputes every round: nothing is extended twice
    const later = await call('admin', '/outages', {
      method: 'POST',
      json: { startsAt: at(29, '01:00'), endsAt: at(29, '02:00'), cause: '计划维护' },
    });
    expect(later.body.extensions).toEqual([]);
    expect(await deadlines(round)).toMatchObject({ closes: '27 13:35' });
  });

  it('follows the formula the round published', async () => {
    const round = await insertRound('OUT-5', 'bidding-open', 28, '12:00');
    await t.db
      .insertInto('round_outage_formula')
      .values({
        round_id: round,
        grace_after_minutes: 0,
        extension_minutes: 240,
        minimum_extension_minutes: 0,
      })
      .execute();
    expect((await call(null, `/rounds/${round}/outage-formula`)).body).toEqual({
      graceAfterMinutes: 0,
      extensionMinutes: 240,
      minimumExtensionMinutes: 0,
      isDefault: false,
    });
    await call('admin', '/outages', {
      method: 'POST',
      json: { startsAt: at(28, '11:50'), endsAt: at(28, '12:10'), cause: '网络中断' },
    });
    expect(await deadlines(round)).toEqual({ closes: '28 16:00', opening: '28 16:00' });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('lets the office set the formula on a draft only', async () => {
    const draft = await insertRound('OUT-D', 'draft', 30, '12:00', false);
    const formula = {
      graceAfterMinutes: 30,
      extensionMinutes: 'outage-duration',
      minimumExtensionMinutes: 60,
    };
    const put = await call('admin', `/rounds/${draft}/outage-formula`, { method: 'PUT', json: formula });
    expect(put.body).toEqual({ ...formula, isDefault: false });
    expect((await call(null, `/rounds/${draft}/outage-formula`)).status).toBe(404);
    expect((await call(null, `/rounds/${draft}/notices`)).status).toBe(404);
    const published = await insertRound('OUT-P', 'published', 30, '12:00');
    expect((await call(null, `/rounds/${published}/outage-formula`)).body).toMatchObject({ isDefault: true });
    const late = await call('admin', `/rounds/${published}/outage-formula`, { method: 'PUT', json: formula });
    expect(late.status).toBe(409);
  });

  it('refuses what is not the office’s to record, or not an outage', async () => {
    const body = { startsAt: at(25, '11:00'), endsAt: at(25, '12:00'), cause: 'x' };
    expect((await call(null, '/outages', { method: 'POST', json: body })).status).toBe(401);
    expect((await call('company', '/outages', { method: 'POST', json: body })).status).toBe(403);
    const backwards = await call('admin', '/outages', {
      method: 'POST',
      json: { ...body, endsAt: at(25, '10:00') },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toMatchObject([{ path: 'endsAt', message: 'must be after startsAt' }]);
    const blank = await call('admin', '/outages', { method: 'POST', json: { ...body, cause: '  ' } });
    expect(blank.body.errors).toMatchObject([{ path: 'cause', message: 'required' }]);
    const future = await call('admin', '/outages', {
      method: 'POST',
      json: { startsAt: '2027-01-01T00:00', cause: '未来' },
    });
    expect(future.status).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await call('admin', `/outages/${unknown}`, {
      method: 'PATCH',
      json: { endsAt: at(25, '12:00') },
    });
    expect(missing.status).toBe(404);
    const [ended] = (await call(null, '/outages')).body.items.filter((o: { ongoing: boolean }) => !o.ongoing);
    const twice = await call('admin', `/outages/${ended.id}`, {
      method: 'PATCH',
      json: { endsAt: at(30, '12:00') },
    });
    expect(twice.status).toBe(409);
  });

  it('shows the register and every notice to anyone, signed in or not', async () => {
    const outages = await call(null, '/outages');
    expect(outages.status).toBe(200);
    expect(outages.body.items.map((o: { cause: string }) => o.cause)).toEqual([
      '计划维护',
      '网络中断',
      'CA 证书服务中断',
      '数据库故障',
      '机房断电 / power cut',
    ]);
    const notices = await call(null, '/notices');
    expect(notices.status).toBe(200);
    const kinds = notices.body.items.map((n: { kind: string }) => n.kind);
    expect(kinds.filter((k: string) => k === 'outage')).toHaveLength(6);
    expect(kinds.filter((k: string) => k === 'deadline-extension')).toHaveLength(5);
  });
});
