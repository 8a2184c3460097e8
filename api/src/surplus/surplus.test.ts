import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { createBureaus, createSurplusRound } from '../test-support/surplus-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;
let bureaus: Awaited<ReturnType<typeof createBureaus>>;

type Caller = Login | 'rev-bj' | 'rev-tj';
const cookieOf = (who: Caller) =>
  who === 'rev-bj' ? bureaus.bj.cookie : who === 'rev-tj' ? bureaus.tj.cookie : world[who].cookie;
async function call(who: Caller, path: string, method = 'GET', json?: unknown) {
  const res = await t.request(`/api${path}`, {
    method,
    cookie: cookieOf(who),
    ...(json !== undefined && { json }),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const org = (login: Login) => world[login].organisationId;
const grade = (who: Caller, hospital: Login, g: string) =>
  call(who, `/rounds/${roundId}/surplus/${org(hospital)}/grade`, 'PUT', { grade: g });
const names = (items: any[]) => items.map((i) => i.hospitalId);

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createSurplusRound(t, world);
  bureaus = await createBureaus(t);
}, 120_000);
afterAll(() => t?.close());

describe('surplus retention (结余留用)', () => {
  it('prices each institution’s budget and spend, and waits for its grade', async () => {
    const { status, body } = await call('office1', `/rounds/${roundId}/surplus`);
    expect(status).toBe(200);
    const byId = new Map(body.items.map((i: any) => [i.hospitalId, i]));
    expect(byId.get(org('hosp-bj'))).toMatchObject({
      budget: '120000.00',
      actualSpend: '34000.00',
      surplus: '86000.00',
      grade: null,
      share: null,
      retained: null,
    });
    expect(byId.get(org('hosp-tj'))).toMatchObject({
      budget: '60000.00',
      actualSpend: '105000.00',
      retained: '0.00',
    });
    expect(byId.get(org('hosp-sh'))).toMatchObject({ budget: '25200.00', actualSpend: '0.00' });
  });

  it('explains the retained amount step by step once graded', async () => {
    const { status, body } = await grade('rev-bj', 'hosp-bj', 'B');
    expect(status).toBe(200);
    expect(body).toMatchObject({ grade: 'B', share: '0.40', retained: '34400.00' });
    expect(body.steps.map((s: any) => s.zh)).toEqual([
      '预算 120,000.00 − 实际支出 34,000.00 = 结余 86,000.00',
      '考核等级 B 留用比例 0.40',
      '结余 86,000.00 × 0.40 = 留用 34,400.00',
    ]);
    // regraded by the office: the last grade counts, both are in the audit chain
    expect((await grade('office1', 'hosp-bj', 'A')).body.retained).toBe('43000.00');
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['payload'])
      .where('action', '=', 'surplus.graded')
      .orderBy('at')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => (a.payload as { grade: string }).grade)).toEqual(['B', 'A']);
  });

  it('retains nothing at grade D, and nothing over budget whatever the grade', async () => {
    expect((await grade('office1', 'hosp-sh', 'D')).body).toMatchObject({
      surplus: '25200.00',
      retained: '0.00',
    });
    const over = (await grade('rev-tj', 'hosp-tj', 'A')).body;
    expect(over).toMatchObject({ surplus: '-45000.00', retained: '0.00' });
    expect(over.steps.map((s: any) => s.code)).toEqual(['SURPLUS', 'GRADE', 'OVER_BUDGET']);
  });

  it('shows a region bureau its region, a hospital itself, and no one else’s', async () => {
    expect(names((await call('rev-bj', `/rounds/${roundId}/surplus`)).body.items)).toEqual([org('hosp-bj')]);
    expect(names((await call('hosp-tj', `/rounds/${roundId}/surplus`)).body.items)).toEqual([org('hosp-tj')]);
    // the office filters by region, server-side, and pages
    expect(names((await call('office1', `/rounds/${roundId}/surplus?regionCode=SH`)).body.items)).toEqual([
      org('hosp-sh'),
    ]);
    const first = (await call('office1', `/rounds/${roundId}/surplus?limit=2`)).body;
    expect(first.items).toHaveLength(2);
    const rest = (await call('office1', `/rounds/${roundId}/surplus?limit=2&cursor=${first.nextCursor}`))
      .body;
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    // a bureau grades only its region's institutions: another's does not exist
    expect((await grade('rev-bj', 'hosp-tj', 'A')).status).toBe(404);
    expect((await grade('hosp-bj', 'hosp-bj', 'A')).status).toBe(403);
    expect((await grade('comp-a', 'hosp-bj', 'A')).status).toBe(403);
    expect((await grade('audit1', 'hosp-bj', 'A')).status).toBe(403);
    expect((await grade('office1', 'comp-a', 'A')).status).toBe(404);
    expect((await grade('office1', 'hosp-bj', 'E')).status).toBe(400);
    expect((await call('comp-a', `/rounds/${roundId}/surplus`)).status).toBe(403);
  });

  it('gives a hospital its own surplus across rounds', async () => {
    const { status, body } = await call('hosp-bj', '/surplus/mine');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      roundId,
      hospitalId: org('hosp-bj'),
      grade: 'A',
      retained: '43000.00',
    });
  });
});
