import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, testApi } from '../test-support/api-client.js';
import {
  createDemandRound,
  createDemandWorld,
  demandClient,
  type DemandWorld,
} from '../test-support/demand-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let who: DemandWorld;
let roundId: string;
/** report ids by `<hospital> <product>` */
const ids: Record<string, string> = {};

const as = (login: string) => testApi(t, { cookie: who[login]?.cookie as string });
type QueueQuery = {
  status?: 'submitted' | 'approved' | 'returned';
  productCode?: string;
  q?: string;
  outlier?: 'any' | 'above' | 'below';
  regionCode?: string;
  sort?: 'submitted' | 'hospital' | 'product';
  limit?: number;
  cursor?: string;
};
const queue = (login: string, query: QueueQuery = {}) =>
  as(login).GET('/rounds/{roundId}/demand/queue', { params: { path: { roundId }, query } });
const namesOf = async (login: string, query: QueueQuery = {}) =>
  (await ok(queue(login, query))).items.map((r) => `${r.hospitalName.split(' ')[1]} ${r.productCode}`);
const approveMany = (login: string, reports: { id: string; expectedUpdatedAt: string }[]) =>
  as(login).POST('/rounds/{roundId}/demand/approve-many', {
    params: { path: { roundId } },
    body: { reports, comment: null },
  });

beforeAll(async () => {
  t = await createTestContext();
  who = await createDemandWorld(t);
  const client = demandClient(t, who);
  ({ roundId } = await createDemandRound(t.db, {
    createdBy: who.office1?.userId as string,
    regions: ['BJ', 'TJ'],
    products: [{ code: 'P1' }, { code: 'P2' }, { code: 'P3' }],
  }));
  const lines = [
    ['hosp-a', 'P1', { quantity: 80, lastYearVolume: 100 }],
    ['hosp-a', 'P2', { quantity: 250, lastYearVolume: 100 }],
    ['hosp-b', 'P1', { quantity: 40, lastYearVolume: 100, reason: '转诊至基层' }],
    ['hosp-b', 'P3', { quantity: 100 }],
    ['hosp-c', 'P1', { quantity: 300, lastYearVolume: 100 }],
  ] as const;
  for (const [hospital, product, body] of lines)
    ids[`${hospital} ${product}`] = (await ok(client.put(hospital, roundId, product, body), 201)).id;
});
afterAll(() => t.close());

describe('the region review queue (issue 10.2)', () => {
  it("lists the bureau's region only, oldest first, with ratio and outlier marks", async () => {
    const page = await ok(queue('rev-bj'));
    expect(page.thresholds).toEqual({ above: '2', below: '0.5' });
    expect(page.items.map((r) => [r.productCode, r.ratio, r.outlier])).toEqual([
      ['P1', '0.80', null],
      ['P2', '2.50', 'above'],
      ['P1', '0.40', 'below'],
      ['P3', null, null],
    ]);
    expect(page.items[1]).toMatchObject({ productName: '药品 P2', hospitalName: 'hospital hosp-a' });
    expect(await namesOf('rev-tj')).toEqual(['hosp-c P1']);
  });

  it('filters on the server by status, product, hospital name and outliers', async () => {
    expect(await namesOf('rev-bj', { productCode: 'P1' })).toEqual(['hosp-a P1', 'hosp-b P1']);
    expect(await namesOf('rev-bj', { q: 'HOSP-B' })).toEqual(['hosp-b P1', 'hosp-b P3']);
    // a % typed by the clerk is a letter, not a wildcard
    expect(await namesOf('rev-bj', { q: '%' })).toEqual([]);
    expect(await namesOf('rev-bj', { outlier: 'any' })).toEqual(['hosp-a P2', 'hosp-b P1']);
    expect(await namesOf('rev-bj', { outlier: 'below' })).toEqual(['hosp-b P1']);
    expect(await namesOf('rev-bj', { status: 'approved' })).toEqual([]);
    expect(await namesOf('rev-bj', { sort: 'product' })).toEqual([
      'hosp-a P1',
      'hosp-b P1',
      'hosp-a P2',
      'hosp-b P3',
    ]);
  });

  it('pages by keyset in every sort: each line once, in the unpaged order', async () => {
    for (const sort of ['submitted', 'hospital', 'product'] as const) {
      const whole = await namesOf('rev-bj', { sort });
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await ok(queue('rev-bj', { sort, limit: 1, ...(cursor && { cursor }) }));
        paged.push(...page.items.map((r) => `${r.hospitalName.split(' ')[1]} ${r.productCode}`));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(whole);
    }
  });

  it("keeps a bureau to its own region (404 for another's), lets the office choose, refuses hospitals", async () => {
    await refused(queue('rev-bj', { regionCode: 'TJ' }), 404, 'NOT_FOUND');
    await refused(
      as('rev-bj').GET('/rounds/{roundId}/demand/region-totals', {
        params: { path: { roundId }, query: { regionCode: 'TJ' } },
      }),
      404,
      'NOT_FOUND',
    );
    await refused(
      approveMany('rev-bj', [
        { id: ids['hosp-c P1'] as string, expectedUpdatedAt: new Date().toISOString() },
      ]),
      404,
      'NOT_FOUND',
    );
    expect(await namesOf('office1', { regionCode: 'TJ' })).toEqual(['hosp-c P1']);
    expect((await ok(queue('audit1'))).items).toHaveLength(5);
    await refused(queue('hosp-a'), 403, 'FORBIDDEN');
  });

  it("sums the region's demand by product against last year, outliers marked", async () => {
    const totals = await ok(
      as('rev-bj').GET('/rounds/{roundId}/demand/region-totals', {
        params: { path: { roundId }, query: {} },
      }),
    );
    expect(totals.regionCode).toBe('BJ');
    expect(
      totals.items.map((p) => [
        p.productCode,
        p.reportedQuantity,
        p.lastYearVolume,
        p.ratio,
        p.outlier,
        p.outlierReports,
      ]),
    ).toEqual([
      ['P1', 120, 200, '0.60', null, 1],
      ['P2', 250, 100, '2.50', 'above', 1],
      ['P3', 100, 0, null, null, 0],
    ]);
    const rounds = await ok(as('rev-bj').GET('/demand-review/rounds'));
    expect(rounds.items.find((r) => r.roundId === roundId)).toMatchObject({
      pending: 4,
      approved: 0,
      returned: 0,
      regionName: '北京市',
    });
  });

  it('approves a list all or none: an outlier, a stale or a foreign report stops them all; each is audited', async () => {
    const items = (await ok(queue('rev-bj'))).items;
    const seen = (key: string) => {
      const r = items.find((i) => i.id === ids[key]);
      return { id: r?.id as string, expectedUpdatedAt: r?.updatedAt as string };
    };
    // an outlier, and a report without last year's volume (no floor asked it for a reason)
    const outlier = await refused(
      approveMany('rev-bj', [seen('hosp-a P1'), seen('hosp-a P2'), seen('hosp-b P3')]),
      400,
      'VALIDATION_FAILED',
    );
    expect(outlier.errors?.map((e) => e.path)).toEqual(['reports.1.id', 'reports.2.id']);
    const stale = { ...seen('hosp-a P1'), expectedUpdatedAt: '2020-01-01T00:00:00Z' };
    const conflict = await refused(approveMany('rev-bj', [stale]), 409, 'CONFLICT');
    expect((conflict as unknown as { changedReportIds: string[] }).changedReportIds).toEqual([
      ids['hosp-a P1'],
    ]);
    expect(await namesOf('rev-bj', { status: 'approved' })).toEqual([]);

    const done = await ok(approveMany('rev-bj', [seen('hosp-a P1')]));
    expect(done.approved).toBe(1);
    expect(await namesOf('rev-bj', { status: 'approved' })).toEqual(['hosp-a P1']);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'subject'])
      .where('stream', '=', `round:${roundId}`)
      .where('action', '=', 'demand.approved')
      .execute();
    expect(audit.map((a) => a.subject)).toEqual([`demand-report:${ids['hosp-a P1']}`]);
    await refused(approveMany('rev-bj', [seen('hosp-a P1')]), 409, 'CONFLICT');
    await refused(approveMany('hosp-a', [seen('hosp-a P1')]), 403, 'FORBIDDEN');
  });
});
