import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clearPlatformClock, setPlatformClock } from '../test-support/platform-clock.js';
import {
  createDemandRound,
  createDemandWorld,
  demandClient,
  problemOf,
  type DemandWorld,
  type ReportView,
} from '../test-support/demand-fixtures.js';
import { ok } from '../test-support/api-client.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { listDemandLines } from './demand.service.js';

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
  // hosp-a's lines: P1 by generic name, P2 in group A, P1 by brand
  await put('hosp-a', r1.roundId, 'P1', { quantity: 80 });
  await put('hosp-a', r1.roundId, 'P2', { quantity: 5, group: 'A' });
  await put('hosp-a', r1.roundId, 'P1', { quantity: 7, brandCompanyId: who.comp1?.organisationId });
});
afterEach(() => clearPlatformClock(t.db));
afterAll(() => t.close());

describe('demand review, lock and totals', () => {
  it('shows a hospital only its own lines, a reviewer its region, the office everything', async () => {
    await put('hosp-b', r1.roundId, 'P1', { quantity: 50 });
    await put('hosp-c', r1.roundId, 'P1', { quantity: 30 });
    const own = await reportsOf('hosp-a', r1.roundId);
    expect(own.length).toBe(3);
    expect(new Set(own.map((x) => x.hospitalId))).toEqual(new Set([who['hosp-a']?.organisationId]));
    expect((await reportsOf('hosp-c', r1.roundId)).map((x) => x.hospitalId)).toEqual([
      who['hosp-c']?.organisationId,
    ]);
    expect((await reportsOf('rev-bj', r1.roundId)).length).toBe(4);
    expect((await reportsOf('rev-tj', r1.roundId)).map((x) => x.hospitalId)).toEqual([
      who['hosp-c']?.organisationId,
    ]);
    expect((await reportsOf('office1', r1.roundId)).length).toBe(5);
    expect((await reportsOf('audit1', r1.roundId)).length).toBe(5);
    expect((await client.list('comp1', r1.roundId)).response.status).toBe(403);
    const bLine = (await reportsOf('hosp-b', r1.roundId))[0] as ReportView;
    // another hospital cannot act on it, nor can a reviewer of another region see it
    expect((await client.approve('hosp-a', r1.roundId, bLine.id)).response.status).toBe(403);
    expect((await problemOf(await client.approve('rev-tj', r1.roundId, bLine.id))).code).toBe('NOT_FOUND');
  });
  it('lets the region approve or return with a comment; a resubmission goes back for review', async () => {
    const line = (await reportsOf('hosp-b', r1.roundId))[0] as ReportView;
    const returnLine = (comment: string) => client.returnReport('rev-bj', r1.roundId, line.id, comment);
    expect((await problemOf(await returnLine(' '))).errors[0]?.path).toBe('comment');
    const returned = await returnLine('数量与去年差异过大，请核实');
    expect(returned.response.status).toBe(200);
    expect(returned.data).toMatchObject({
      status: 'returned',
      reviewerComment: '数量与去年差异过大，请核实',
    });
    expect((await reportsOf('hosp-b', r1.roundId))[0]).toMatchObject({
      status: 'returned',
      reviewerComment: '数量与去年差异过大，请核实',
    });
    expect((await problemOf(await returnLine('again'))).code).toBe('INVALID_STATE');

    expect((await put('hosp-b', r1.roundId, 'P1', { quantity: 55 })).data).toMatchObject({
      status: 'submitted',
      quantity: 55,
    });
    const stale = await client.approve('rev-bj', r1.roundId, line.id, { expectedUpdatedAt: line.updatedAt });
    expect((await problemOf(stale)).code).toBe('CONFLICT');
    const approved = await client.approve('rev-bj', r1.roundId, line.id);
    expect(approved.data).toMatchObject({ status: 'approved', quantity: 55 });
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('stream', '=', `round:${r1.roundId}`)
      .where('subject', '=', `demand-report:${line.id}`)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'demand.submitted',
      'demand.returned',
      'demand.submitted',
      'demand.approved',
    ]);
  });
  it('locks demand only once the window has closed and no report waits for review', async () => {
    const r = await createDemandRound(t.db, {
      createdBy: who.office1?.userId as string,
      regions: ['BJ', 'TJ'],
      products: [{ code: 'P1' }],
      closesInHours: 1,
    });
    await put('hosp-a', r.roundId, 'P1', { quantity: 10 });
    await put('hosp-c', r.roundId, 'P1', { quantity: 20 });
    expect((await client.lock('hosp-a', r.roundId)).response.status).toBe(403);
    expect(await problemOf(await client.lock('office1', r.roundId))).toMatchObject({
      code: 'INVALID_STATE',
      refusal: 'DEMAND_NOT_CLOSED',
    });

    await setPlatformClock(t.db, new Date(r.closesAt.getTime() + 60_000));
    const pending = await client.lock('office1', r.roundId);
    expect(pending.response.status).toBe(409);
    expect(await problemOf(pending)).toMatchObject({
      code: 'INVALID_STATE',
      refusal: 'DEMAND_REVIEW_PENDING',
      pendingDemandReports: 2,
    });
    for (const reviewer of ['rev-bj', 'rev-tj']) {
      for (const line of await reportsOf(reviewer, r.roundId))
        expect((await client.approve(reviewer, r.roundId, line.id)).response.status).toBe(200);
    }
    const locked = await client.lock('office1', r.roundId);
    expect(locked.response.status).toBe(200);
    expect(locked.data).toEqual({
      roundId: r.roundId,
      state: 'demand-locked',
      events: ['demand-closed', 'demand-locked'],
    });
    const round = await t.db
      .selectFrom('round')
      .select('state')
      .where('id', '=', r.roundId)
      .executeTakeFirstOrThrow();
    expect(round.state).toBe('demand-locked');
    const line = (await reportsOf('rev-bj', r.roundId))[0] as ReportView;
    expect((await problemOf(await client.returnReport('rev-bj', r.roundId, line.id, 'late'))).code).toBe(
      'INVALID_STATE',
    );
  });
  it('totals by product × region for the office, and approved lines for the evaluation', async () => {
    const r = await createDemandRound(t.db, {
      createdBy: who.office1?.userId as string,
      regions: ['BJ', 'TJ'],
      products: [{ code: 'P1' }, { code: 'P2', groups: ['A'] }],
    });
    const a = (await put('hosp-a', r.roundId, 'P1', { quantity: 100, lastYearVolume: 90 }))
      .data as ReportView;
    await put('hosp-b', r.roundId, 'P1', { quantity: 50 });
    await put('hosp-c', r.roundId, 'P1', { quantity: 30 });
    await put('hosp-a', r.roundId, 'P2', { quantity: 20, group: 'A' });
    await client.approve('rev-bj', r.roundId, a.id);

    expect((await client.totals('hosp-a', r.roundId)).response.status).toBe(403);
    const { items: totals } = await ok(client.totals('office1', r.roundId));
    expect(totals.map(({ productId: _, ...rest }) => rest)).toEqual([
      {
        productCode: 'P1',
        regionCode: 'BJ',
        reportedQuantity: 150,
        approvedQuantity: 100,
        hospitals: 2,
        reports: 2,
        approved: 1,
        pending: 1,
      },
      {
        productCode: 'P1',
        regionCode: 'TJ',
        reportedQuantity: 30,
        approvedQuantity: 0,
        hospitals: 1,
        reports: 1,
        approved: 0,
        pending: 1,
      },
      {
        productCode: 'P2',
        regionCode: 'BJ',
        reportedQuantity: 20,
        approvedQuantity: 0,
        hospitals: 1,
        reports: 1,
        approved: 0,
        pending: 1,
      },
    ]);
    expect((await client.totals('audit1', r.roundId)).response.status).toBe(200);
    expect(await listDemandLines(t.db, r.roundId)).toEqual([
      {
        hospitalId: who['hosp-a']?.organisationId,
        regionId: 'BJ',
        productId: r.products.get('P1'),
        quantity: 100,
        brandCompanyId: null,
        lastYearVolume: 90,
        group: null,
      },
    ]);
  });
});
