import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDemandRound,
  createDemandWorld,
  demandClient,
  type DemandWorld,
} from '../test-support/demand-fixtures.js';
import { ok, testApi } from '../test-support/api-client.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let who: DemandWorld;

beforeAll(async () => {
  t = await createTestContext();
  who = await createDemandWorld(t);
});
afterAll(() => t.close());

const progressAs = (login: string, roundId: string) =>
  testApi(t, { cookie: who[login]?.cookie as string }).GET('/rounds/{roundId}/demand/progress', {
    params: { path: { roundId } },
  });

describe('demand reporting progress by region', () => {
  it('counts hospitals that reported against all of the region, reports by status and quantities', async () => {
    const client = demandClient(t, who);
    const round = await createDemandRound(t.db, {
      createdBy: who.office1?.userId as string,
      regions: ['BJ', 'TJ'],
      products: [{ code: 'P1' }, { code: 'P2' }],
    });
    await client.put('hosp-a', round.roundId, 'P1', { quantity: 80 });
    await client.put('hosp-a', round.roundId, 'P2', { quantity: 20 });
    const [first, second] = await client.reportsOf('rev-bj', round.roundId);
    await ok(client.approve('rev-bj', round.roundId, first!.id));
    await ok(client.returnReport('rev-bj', round.roundId, second!.id, '请核实'));

    const progress = (await ok(progressAs('office1', round.roundId))).items;
    expect(progress.map((r) => r.regionCode)).toEqual(['BJ', 'TJ']);
    expect(progress[0]).toMatchObject({
      hospitals: 2,
      reportingHospitals: 1,
      submitted: 0,
      approved: 1,
      returned: 1,
      reportedQuantity: 100,
      approvedQuantity: first!.quantity,
    });
    // a region where nobody reported yet is listed with zeros, its hospitals counted
    expect(progress[1]).toMatchObject({
      hospitals: 1,
      reportingHospitals: 0,
      submitted: 0,
      reportedQuantity: 0,
    });
    expect((await ok(progressAs('audit1', round.roundId))).items).toHaveLength(2);
  });

  it('is the office’s: hospitals, regions and companies are refused', async () => {
    const round = await createDemandRound(t.db, {
      createdBy: who.office1?.userId as string,
      regions: ['BJ'],
      products: [{ code: 'P1' }],
    });
    for (const login of ['hosp-a', 'rev-bj', 'comp1'])
      expect((await progressAs(login, round.roundId)).response.status).toBe(403);
    const missing = await progressAs('office1', '00000000-0000-4000-8000-000000000000');
    expect(missing.response.status).toBe(404);
  });
});
