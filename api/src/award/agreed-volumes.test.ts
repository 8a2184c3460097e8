import { Dec } from '@jicai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { at, createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { ok } from '../test-support/api-client.js';
import {
  clientAs,
  createAwardedRound,
  publishedDocument,
  roundPath,
  roundState,
} from '../test-support/award-client.js';
import { sweepRegionTurns } from './region-selection.service.js';

let t: TestContext;
let world: World;
let as: ReturnType<typeof clientAs>;
const org = (login: Login) => world[login].organisationId;
const sum = (xs: { agreedVolume: number }[]) => xs.reduce((s, x) => s + x.agreedVolume, 0);
const startSelection = (roundId: string) =>
  as('office1').POST('/rounds/{roundId}/region-selection/start', roundPath(roundId));
const agreedVolumes = async (login: Login, roundId: string) =>
  (await ok(as(login).GET('/rounds/{roundId}/agreed-volumes', { params: { path: { roundId }, query: {} } })))
    .items;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  as = clientAs(t, world);
});
afterAll(() => t.close());

describe('agreed volumes', () => {
  it('route demand reported by brand to that brand when it won (nvbp-11), whoever holds the region', async () => {
    const roundId = await createAwardedRound(
      t,
      world,
      'nvbp-11',
      [
        { login: 'comp-a', packPrice: '2.80' },
        { login: 'comp-b', packPrice: '4.48' },
      ],
      [
        { hospital: 'hosp-bj', quantity: 100_000 },
        { hospital: 'hosp-sh', quantity: 20_000 },
        { hospital: 'hosp-sh', quantity: 1_000, brand: 'comp-b' },
      ],
    );
    await ok(startSelection(roundId));
    // nobody picks: every turn runs out and takes the default
    await setPlatformClock(t.db, at('2027-03-08', '09:00'));
    expect(await sweepRegionTurns(t.db)).toBeGreaterThan(0);
    expect(await roundState(t, roundId)).toBe('volumes-agreed');

    const [selection] = (await ok(as(null).GET('/rounds/{roundId}/region-selection', roundPath(roundId))))
      .entries;
    const primaryOf = (region: string) =>
      selection?.picks.find((p) => p.regionId === region && p.kind === 'primary')?.companyId;
    // A (rank 1) takes BJ, then SH by default (largest volumes first); B gets TJ
    expect([primaryOf('BJ'), primaryOf('SH'), primaryOf('TJ')]).toEqual([
      org('comp-a'),
      org('comp-a'),
      org('comp-b'),
    ]);
    const volumes = await agreedVolumes('office1', roundId);
    const sh = volumes.filter((v) => v.hospitalId === org('hosp-sh'));
    // W = 2: ratio 0.60; the brand line goes to B although A supplies SH
    expect(sh).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ companyId: org('comp-a'), agreedVolume: 12_000 }),
        expect.objectContaining({ companyId: org('comp-b'), agreedVolume: 600 }),
      ]),
    );
    const output = (await publishedDocument(t, roundId, 'output')).products[0];
    expect(sum(volumes)).toBe(output.agreedVolume);

    // issue 8 §9: names beside the ids, the awarded price (中选价, per pack of S1: 14 tablets) and the amount
    const priceOf = (login: Login) =>
      output.bids.find((b: any) => b.companyId === org(login)).winningPackPrice as string;
    expect(priceOf('comp-a')).toBe('2.80');
    expect(sh).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          productCode: 'P1',
          productName: '阿托伐他汀钙片',
          hospitalName: 'hospital hosp-sh',
          regionId: 'SH',
          regionName: '上海市',
          companyId: org('comp-a'),
          companyName: 'company comp-a',
          specCode: 'S1',
          unitsPerPack: 14,
          agreedVolume: 12_000,
          awardedPrice: '2.80',
          amount: '2400.00', // 12 000 tablets = 857 1/7 packs × 2.80
        }),
        expect.objectContaining({
          companyName: 'company comp-b',
          agreedVolume: 600,
          awardedPrice: priceOf('comp-b'),
          amount: new Dec(priceOf('comp-b')).times(600).dividedBy(14).toFixed(2, Dec.ROUND_HALF_UP),
        }),
      ]),
    );
    const own = await agreedVolumes('comp-b', roundId);
    expect(own.every((v) => v.companyName === 'company comp-b' && v.amount !== null)).toBe(true);
  });

  it('without region picking (consumables alliance), agree the published shares by rank at once', async () => {
    await setPlatformClock(t.db, at('2027-03-01', '10:00'));
    const roundId = await createAwardedRound(t, world, 'consumables-alliance', [
      { login: 'comp-a', packPrice: '2.80' },
      { login: 'comp-b', packPrice: '4.48' },
    ]);
    expect((await ok(startSelection(roundId))).entries).toEqual([]);
    expect(await roundState(t, roundId)).toBe('volumes-agreed');
    const output = (await publishedDocument(t, roundId, 'output')).products[0];
    const volumes = await agreedVolumes('office1', roundId);
    // rank order in the published output; the stored rows come back by company id
    const byCompany = (rows: any[][]) => [...rows].sort((x, y) => String(x[1]).localeCompare(String(y[1])));
    expect(byCompany(volumes.map((v) => [v.hospitalId, v.companyId, v.agreedVolume]))).toEqual(
      byCompany(output.allocations.map((a: any) => [null, a.companyId, a.agreedVolume])),
    );
    expect(await agreedVolumes('hosp-bj', roundId)).toEqual([]);
    expect(await agreedVolumes('comp-a', roundId)).toHaveLength(1);
  });
});
