import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMonitoredRound,
  insertDelivery,
  insertPurchases,
  setLastYearVolume,
  setRoundDay,
  type MonitoredRound,
  type MonitoringLogin,
} from '../test-support/monitoring-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let m: MonitoredRound;
const org = (login: MonitoringLogin) => m.world[login].organisationId;

async function call(login: MonitoringLogin, path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await t.request(`/api${path.replace('{round}', `rounds/${m.roundId}`)}`, {
    method: init.method ?? 'GET',
    cookie: m.world[login].cookie,
    ...(init.json !== undefined && { json: init.json }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  m = await createMonitoredRound(t);
  // 2027-07-01: 91 of the cycle's 366 days behind (2027-04-01 – 2028-03-31): pace 0.2486, bar 0.1486
  await setRoundDay(t, m.roundId, '2027-07-01');
  const [bj1, , tj1, sh1] = await insertPurchases(t, m, [
    // BJ agreed 60 000 units: 1 000 packs × 14 = 14 000 (0.2333): on pace
    { hospital: 'hosp-bj', company: 'comp-a', packs: 1000, orderedOn: '2027-04-02', confirmedAfterHours: 2 },
    { hospital: 'hosp-bj', company: 'comp-c', packs: 500, orderedOn: '2027-05-05', source: 'import' },
    // TJ agreed 30 000: 100 packs = 1 400 (0.0467): behind
    { hospital: 'hosp-tj', company: 'comp-a', packs: 100, orderedOn: '2027-04-03', confirmedAfterHours: 30 },
    { hospital: 'hosp-sh', company: 'comp-b', packs: 200, orderedOn: '2027-05-10', confirmedAfterHours: 5 },
  ]);
  // A delivered all of BJ's order (999 accepted) and half of TJ's: 1 050 of 1 100 ordered (0.9545)
  await insertDelivery(t, bj1 as string, 1000, '2027-04-04', 999);
  await insertDelivery(t, tj1 as string, 50, '2027-04-10');
  // B delivered 100 of 200 (0.5): lagging
  await insertDelivery(t, sh1 as string, 100, '2027-05-20');
  await setLastYearVolume(t, m, 'hosp-bj', 5000);
}, 120_000);
afterAll(() => t?.close());

describe('progress against agreed volume (12.4)', () => {
  it('by region, product, company and month, winners only, on the round’s date', async () => {
    const { status, body } = await call('office1', '/{round}/execution/progress');
    expect(status).toBe(200);
    expect(body.today).toBe('2027-07-01');
    const bj = body.regions.find((r: any) => r.regionCode === 'BJ');
    expect(bj).toMatchObject({
      agreedUnits: 60000,
      purchasedUnits: 14000,
      purchasedAmount: '2800.00',
      completion: '0.2333',
      expectedPace: '0.2486',
      behind: false,
    });
    expect(body.regions.find((r: any) => r.regionCode === 'TJ')).toMatchObject({
      completion: '0.0467',
      behind: true,
    });
    expect(body.companies.map((c: any) => c.companyName).sort()).toEqual([
      'company comp-a',
      'company comp-b',
    ]);
    expect(body.months.map((x: any) => [x.month, x.purchasedUnits])).toEqual([
      ['2027-04', 15400],
      ['2027-05', 2800],
    ]);
  });

  it('a bureau reads its own region, a company its own products; others’ are 404', async () => {
    const sh = (await call('bureau-sh', '/{round}/execution/progress')).body;
    expect(sh.regions.map((r: any) => r.regionCode)).toEqual(['SH']);
    expect((await call('bureau-sh', '/{round}/execution/progress?regionCode=BJ')).status).toBe(404);
    const b = (await call('comp-b', '/{round}/execution/progress')).body;
    expect(b.companies.map((c: any) => c.companyId)).toEqual([org('comp-b')]);
    expect((await call('comp-b', `/{round}/execution/progress?companyId=${org('comp-a')}`)).status).toBe(404);
    expect((await call('hosp-bj', '/{round}/execution/progress')).status).toBe(403);
  });

  it('one institution per product, its non-winning purchases apart; another hospital’s is 404', async () => {
    const own = await call('hosp-bj', `/{round}/execution/institutions/${org('hosp-bj')}`);
    expect(own.body.products).toEqual([
      expect.objectContaining({
        productCode: 'P1',
        agreedUnits: 60000,
        purchasedUnits: 14000,
        outsideUnits: 7000,
      }),
    ]);
    expect((await call('hosp-bj', `/{round}/execution/institutions/${org('hosp-tj')}`)).status).toBe(404);
    expect((await call('bureau-bj', `/{round}/execution/institutions/${org('hosp-bj')}`)).status).toBe(200);
    expect((await call('bureau-sh', `/{round}/execution/institutions/${org('hosp-bj')}`)).status).toBe(404);
  });
});

describe('alerts (12.4)', () => {
  it('institutions behind the linear pace, paged; a bureau sees its region only', async () => {
    const all = (await call('office1', '/{round}/execution/behind')).body;
    // SH bought 2 800 of its 12 600 (0.2222): on pace; TJ alone is behind
    expect(all.items.map((i: any) => i.hospitalName)).toEqual(['hospital hosp-tj']);
    expect(all.items[0]).toMatchObject({ completion: '0.0467', expectedPace: '0.2486', behind: true });
    expect((await call('office1', '/{round}/execution/behind?limit=1')).body.nextCursor).toBeNull();
    expect((await call('bureau-sh', '/{round}/execution/behind')).body.items).toEqual([]);
    expect((await call('bureau-bj', '/{round}/execution/behind')).body.items).toEqual([]);
  });

  it('suppliers whose deliveries lag their orders', async () => {
    const lag = (await call('office1', '/{round}/execution/supplier-lag')).body.items;
    expect(lag).toEqual([
      expect.objectContaining({
        companyId: org('comp-a'),
        orderedPacks: 1100,
        deliveredPacks: 1050,
        lagging: false,
      }),
      expect.objectContaining({
        companyId: org('comp-b'),
        orderedPacks: 200,
        deliveredPacks: 100,
        lagging: true,
      }),
    ]);
  });
});

describe('non-winning purchases over last year’s volume (12.4)', () => {
  it('are listed with their excess, and the office records its notice (audited); a bureau of another region sees none', async () => {
    const list = (await call('office1', '/{round}/execution/non-winner-excess')).body.items;
    // 500 packs × 14 = 7 000 units from comp-c against last year's 5 000
    expect(list).toEqual([
      expect.objectContaining({
        hospitalId: org('hosp-bj'),
        companies: 'company comp-c',
        purchasedUnits: 7000,
        cap: 5000,
        excess: 2000,
        status: 'open',
      }),
    ]);
    expect((await call('bureau-sh', '/{round}/execution/non-winner-excess')).body.items).toEqual([]);
    const path = `/{round}/execution/non-winner-excess/${org('hosp-bj')}/${m.productId}/notice`;
    expect((await call('bureau-bj', path, { method: 'POST', json: { note: 'x' } })).status).toBe(403);
    const done = await call('office1', path, { method: 'POST', json: { note: '已约谈院长，下月起停购' } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'notified', note: '已约谈院长，下月起停购' });
    expect((await call('office1', '/{round}/execution/non-winner-excess?status=open')).body.items).toEqual(
      [],
    );
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'non-winner-excess.notified')
      .execute();
    expect(audit).toHaveLength(1);
    // not over the cap: nothing to act on
    const tjPath = `/{round}/execution/non-winner-excess/${org('hosp-tj')}/${m.productId}/notice`;
    expect((await call('office1', tjPath, { method: 'POST', json: { note: 'x' } })).status).toBe(409);
  });
});

describe('inventory reports and supply figures (12.4)', () => {
  it('a winner reports a month’s stock; lateness is shown; products it does not supply are refused', async () => {
    const put = await call('comp-a', '/{round}/inventory/2027-05', {
      method: 'PUT',
      json: {
        items: [
          { productId: m.productId, stockPacks: 3000 },
          { productId: m.productId, regionCode: 'BJ', stockPacks: 1200 },
        ],
      },
    });
    expect(put.status).toBe(200);
    // reported on 2027-07-01 (the round's date is not the platform's: the platform clock reads 2027-03-08)
    expect(put.body).toMatchObject({ month: '2027-05', dueOn: '2027-06-10' });
    expect(put.body.items).toHaveLength(2);
    const months = (await call('comp-a', '/{round}/inventory')).body.items;
    expect(months.map((x: any) => [x.month, x.status])).toEqual([
      ['2027-04', 'missing'],
      ['2027-05', put.body.status],
      ['2027-06', 'not-yet-due'],
      ['2027-07', 'not-yet-due'],
    ]);
    expect(months[0]).toMatchObject({ dueOn: '2027-05-10', daysLate: 52 });
    const refused = await call('comp-c', '/{round}/inventory/2027-05', {
      method: 'PUT',
      json: { items: [{ productId: m.productId, stockPacks: 1 }] },
    });
    expect(refused.status).toBe(404);
    const future = await call('comp-a', '/{round}/inventory/2027-09', { method: 'PUT', json: { items: [] } });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('month');
    expect((await call('comp-b', `/{round}/inventory?companyId=${org('comp-a')}`)).status).toBe(404);
    expect((await call('office1', '/{round}/inventory')).body.items.length).toBe(8);
  });

  it('response time, delivery time and fill rate per supplier; a company sees its own', async () => {
    const all = (await call('office1', '/{round}/execution/supply-figures')).body.items;
    const a = all.find((x: any) => x.companyId === org('comp-a'));
    // A: confirmed after 2 h and 30 h; delivered after 2 and 7 days; 999 + 50 accepted of 1 100 ordered
    expect(a).toMatchObject({
      responseHours: { median: 2, p90: 30 },
      deliveryDays: { median: 2, p90: 7 },
      orderedPacks: 1100,
      acceptedPacks: 1049,
      fillRate: '0.9536',
    });
    const own = (await call('comp-b', '/{round}/execution/supply-figures')).body.items;
    expect(own.map((x: any) => x.companyId)).toEqual([org('comp-b')]);
  });
});
