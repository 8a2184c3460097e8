import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backendPid, backendsBlockedBy } from '../test-support/lock-waits.js';
import { clearPlatformClock, setPlatformClock } from '../test-support/platform-clock.js';
import {
  countReports,
  createDemandRound,
  createDemandWorld,
  demandClient,
  problemOf,
  type DemandWorld,
  type ReportView,
} from '../test-support/demand-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let who: DemandWorld;
let client: ReturnType<typeof demandClient>;
let r1: Awaited<ReturnType<typeof createDemandRound>>;
const put = (...a: Parameters<typeof client.put>) => client.put(...a);
const reportsOf = (...a: Parameters<typeof client.reportsOf>) => client.reportsOf(...a);

beforeAll(async () => {
  t = await createTestContext();
  who = await createDemandWorld(t);
  client = demandClient(t, who);
  r1 = await createDemandRound(t.db, {
    createdBy: who.office1?.userId as string,
    regions: ['BJ', 'TJ'],
    products: [{ code: 'P1' }, { code: 'P2', groups: ['A', 'B'] }],
  });
});
afterEach(() => clearPlatformClock(t.db));
afterAll(() => t.close());

describe('demand reporting (报量)', () => {
  it('requires a reason below the floor, compared exactly, and resubmits in place', async () => {
    const below = await put('hosp-a', r1.roundId, 'P1', { quantity: 80, lastYearVolume: 101 });
    expect(below.response.status).toBe(400);
    const p = await problemOf(below);
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.errors.map((e) => e.path)).toEqual(['reason']); // 80 < 0.80 × 101 = 80.8
    expect(await countReports(t.db, r1.roundId)).toBe(0);

    const created = await put('hosp-a', r1.roundId, 'P1', { quantity: 81, lastYearVolume: 101 });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({
      productCode: 'P1',
      quantity: 81,
      lastYearVolume: 101,
      status: 'submitted',
      regionCode: 'BJ',
    });
    expect(
      (await put('hosp-a', r1.roundId, 'P1', { quantity: 80, lastYearVolume: 100 })).response.status,
    ).toBe(200); // at the floor
    const reasoned = await put('hosp-a', r1.roundId, 'P1', {
      quantity: 10,
      lastYearVolume: 100,
      reason: '病区合并，用量下降',
    });
    expect(reasoned.response.status).toBe(200);
    expect(reasoned.data).toMatchObject({ quantity: 10, reason: '病区合并，用量下降' });
    expect(await countReports(t.db, r1.roundId)).toBe(1);
  });
  it('checks groups, brands and products, and keeps a brand line apart from the generic one', async () => {
    expect((await problemOf(await put('hosp-a', r1.roundId, 'P2', { quantity: 5 }))).errors).toMatchObject([
      { path: 'group', message: expect.stringContaining('A, B') },
    ]);
    expect(
      (await problemOf(await put('hosp-a', r1.roundId, 'P2', { quantity: 5, group: 'C' }))).errors[0]?.path,
    ).toBe('group');
    expect((await put('hosp-a', r1.roundId, 'P2', { quantity: 5, group: 'A' })).response.status).toBe(201);
    expect((await put('hosp-a', r1.roundId, 'NOPE', { quantity: 5 })).response.status).toBe(404);
    const notCompany = await put('hosp-a', r1.roundId, 'P1', {
      quantity: 5,
      brandCompanyId: who['hosp-b']?.organisationId,
    });
    expect((await problemOf(notCompany)).errors[0]?.path).toBe('brandCompanyId');
    const brand = await put('hosp-a', r1.roundId, 'P1', {
      quantity: 7,
      brandCompanyId: who.comp1?.organisationId,
    });
    expect(brand.response.status).toBe(201);
    expect(brand.data).toMatchObject({
      brandCompanyId: who.comp1?.organisationId,
      brandCompanyName: 'company comp1',
    });
    expect((await problemOf(await put('hosp-a', r1.roundId, 'P1', { quantity: -1 }))).errors[0]?.path).toBe(
      'quantity',
    );
  });
  it('refuses on the database clock once the window has closed, even before the scheduler ticks, saving nothing', async () => {
    const r = await createDemandRound(t.db, {
      createdBy: who.office1?.userId as string,
      regions: ['BJ'],
      products: [{ code: 'P1' }, { code: 'P2' }],
      closesInHours: 1,
    });
    expect((await put('hosp-a', r.roundId, 'P1', { quantity: 100 })).response.status).toBe(201);
    await setPlatformClock(t.db, new Date(r.closesAt.getTime() + 60_000));
    for (const [code, quantity] of [
      ['P2', 5],
      ['P1', 999],
    ] as const) {
      const late = await put('hosp-a', r.roundId, code, { quantity });
      expect(late.response.status).toBe(409);
      expect(await problemOf(late)).toMatchObject({
        code: 'DEADLINE_PASSED',
        deadline: r.closesAt.toISOString(),
        state: 'demand-open',
      });
    }
    const csv = await t.request(`/api/rounds/${r.roundId}/demand/import`, {
      method: 'POST',
      cookie: who['hosp-a']?.cookie as string,
      body: 'productCode,quantity\nP2,5\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect((await problemOf(csv)).code).toBe('DEADLINE_PASSED');
    expect((await reportsOf('hosp-a', r.roundId)).map((x) => x.quantity)).toEqual([100]);

    await clearPlatformClock(t.db);
    await t.db.updateTable('round').set({ state: 'demand-closed' }).where('id', '=', r.roundId).execute();
    expect((await problemOf(await put('hosp-a', r.roundId, 'P2', { quantity: 5 }))).code).toBe(
      'DEADLINE_PASSED',
    );
    await t.db.updateTable('round').set({ state: 'published' }).where('id', '=', r.roundId).execute();
    expect((await problemOf(await put('hosp-a', r.roundId, 'P2', { quantity: 5 }))).code).toBe(
      'INVALID_STATE',
    );
    expect(await countReports(t.db, r.roundId)).toBe(1);
  });
  it('judges the window in the writing transaction: a write waiting on the scheduler sees the closed round', async () => {
    const r = await createDemandRound(t.db, {
      createdBy: who.office1?.userId as string,
      regions: ['BJ'],
      products: [{ code: 'P1' }],
    });
    let late: ReturnType<typeof put> | undefined;
    await t.db.transaction().execute(async (trx) => {
      await trx.selectFrom('round').select('id').where('id', '=', r.roundId).forUpdate().execute();
      await trx.updateTable('round').set({ state: 'demand-closed' }).where('id', '=', r.roundId).execute();
      const holder = await backendPid(trx);
      late = put('hosp-a', r.roundId, 'P1', { quantity: 1 }); // blocks on the round row until this commits
      // the writer must really be waiting on this lock, or the test would prove nothing
      await expect.poll(() => backendsBlockedBy(t.db, holder), { timeout: 10_000 }).toBe(1);
    });
    expect((await problemOf(await (late as ReturnType<typeof put>))).code).toBe('DEADLINE_PASSED');
    expect(await countReports(t.db, r.roundId)).toBe(0);
  });

  it('is guarded by the schema too, and documented in the OpenAPI document', async () => {
    const line = (await reportsOf('hosp-a', r1.roundId))[0] as ReportView;
    const setReturned = t.db.updateTable('demand_report').set({
      status: 'returned',
      reviewer_comment: null,
      reviewed_at: new Date(),
      reviewed_by: who['rev-bj']?.userId as string,
    });
    await expect(setReturned.where('id', '=', line.id).execute()).rejects.toThrow(
      /demand_report_returned_has_comment/,
    );
    const row = await t.db
      .selectFrom('demand_report')
      .selectAll()
      .where('id', '=', line.id)
      .executeTakeFirstOrThrow();
    const { id: _, ...copy } = row;
    await expect(t.db.insertInto('demand_report').values(copy).execute()).rejects.toThrow(
      /demand_report_line/,
    ); // null brand is one value
    await expect(
      t.db
        .insertInto('demand_report')
        .values({ ...copy, brand_company_id: who['hosp-b']?.organisationId as string })
        .execute(),
    ).rejects.toThrow(/not a company/);
    const doc = (await (await t.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.includes('/demand'))).toEqual(
      expect.arrayContaining([
        '/rounds/{roundId}/demand/{productCode}',
        '/rounds/{roundId}/demand/import',
        '/rounds/{roundId}/demand/lock',
        '/rounds/{roundId}/demand/totals',
      ]),
    );
  });
});
