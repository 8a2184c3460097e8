import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMonitoredRound,
  insertPurchases,
  type MonitoredRound,
} from '../test-support/monitoring-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import {
  findInstitutionProgress,
  findMonthProgress,
  findRegionProductProgress,
} from './progress.repository.js';

let t: TestContext;
let m: MonitoredRound;
const org = (login: keyof MonitoredRound['world']) => m.world[login].organisationId;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  m = await createMonitoredRound(t);
  await insertPurchases(t, m, [
    { hospital: 'hosp-bj', company: 'comp-a', packs: 100, orderedOn: '2027-04-10' },
    { hospital: 'hosp-bj', company: 'comp-a', packs: 50, orderedOn: '2027-05-03' },
    { hospital: 'hosp-bj', company: 'comp-a', packs: 10, orderedOn: '2027-05-04', status: 'cancelled' },
    { hospital: 'hosp-bj', company: 'comp-c', packs: 7, orderedOn: '2027-05-05', source: 'import' },
    { hospital: 'hosp-sh', company: 'comp-b', packs: 20, orderedOn: '2027-04-20' },
  ]);
}, 120_000);
afterAll(() => t?.close());

describe('the hot progress queries', () => {
  it('agreed volumes come from the trigger-kept rollup, one row per region × product × company', async () => {
    const rows = await findRegionProductProgress(t.db, m.roundId);
    const bj = rows.filter((r) => r.region_code === 'BJ');
    expect(bj).toHaveLength(2);
    const winner = bj.find((r) => r.company_id === org('comp-a'));
    // 150 packs × 14 units at 2.80 a pack; the cancelled order counts for nothing
    expect(winner).toMatchObject({
      agreed_units: '60000',
      purchased_units: '2100',
      purchased_amount: '420.00',
      cycle_start: '2027-04-01',
    });
    expect(winner?.agreed_amount).toBe('12000.00');
    const outside = bj.find((r) => r.company_id === org('comp-c'));
    expect(outside).toMatchObject({ agreed_units: '0', purchased_units: '98', cycle_start: null });
    expect(await findRegionProductProgress(t.db, m.roundId, { regionCode: 'SH' })).toHaveLength(2);
    expect(await findRegionProductProgress(t.db, m.roundId, { companyId: org('comp-b') })).toMatchObject([
      { region_code: 'SH', purchased_units: '280' },
    ]);
  });

  it('months add up the rollup, winners only', async () => {
    expect(await findMonthProgress(t.db, m.roundId, { regionCode: 'BJ' })).toEqual([
      { month: '2027-04-01', units: '1400', amount: '280.00' },
      { month: '2027-05-01', units: '700', amount: '140.00' },
    ]);
  });

  it("one institution's products: winners' purchases count, the non-winner's apart", async () => {
    const rows = await findInstitutionProgress(t.db, m.roundId, org('hosp-bj'));
    expect(rows).toEqual([
      expect.objectContaining({
        product_code: 'P1',
        agreed_units: '60000',
        purchased_units: '2100',
        outside_units: '98',
      }),
    ]);
  });
});
