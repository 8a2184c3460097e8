import { formatShanghai } from '@jicai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { at, createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import type { components } from '../client/api-client.js';
import { ok, refused } from '../test-support/api-client.js';
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
let roundId: string;
const org = (login: Login) => world[login].organisationId;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  as = clientAs(t, world);
  // nvbp-7, W = 2 (A 0.2000, B 0.3200); C at 0.9000 fails every condition; regions BJ, SH, TJ
  roundId = await createAwardedRound(t, world, 'nvbp-7', [
    { login: 'comp-a', packPrice: '2.80' },
    { login: 'comp-b', packPrice: '4.48' },
    { login: 'comp-c', packPrice: '16.80' },
  ]);
});
afterAll(() => t.close());

const selection = () => as(null).GET('/rounds/{roundId}/region-selection', roundPath(roundId));
const view = async () => ok(selection());
/** The first entry (product P1) of the selection. */
const p1Of = (answer: components['schemas']['RegionSelection']) => {
  const [p1] = answer.entries;
  if (!p1) throw new Error('no entry for P1');
  return p1;
};
const preferences = (regions: string[]) =>
  as('comp-b').PUT('/rounds/{roundId}/region-preferences/{productCode}', {
    ...roundPath(roundId, { productCode: 'P1' }),
    body: { regions },
  });
const pick = (login: Login, regionId: string) =>
  as(login).POST('/rounds/{roundId}/region-selection/picks', {
    ...roundPath(roundId),
    body: { productCode: 'P1', regionId },
  });
const start = (login: Login) =>
  as(login).POST('/rounds/{roundId}/region-selection/start', roundPath(roundId));
const agreedVolumes = (login: Login | null) =>
  as(login).GET('/rounds/{roundId}/agreed-volumes', { params: { path: { roundId }, query: {} } });

describe('online region selection (docs/rules.md §11.1)', () => {
  it('takes preferences only before selection starts', async () => {
    await ok(preferences(['TJ', 'SH']));
    await refused(preferences(['XX']), 400, 'VALIDATION_FAILED');
  });

  it('starts with rank 1’s priority pick; the log is public', async () => {
    expect((await selection()).response.status).toBe(404);
    await refused(start('comp-a'), 403, 'FORBIDDEN');
    await ok(start('office1'));
    expect(await roundState(t, roundId)).toBe('region-selection');
    const p1 = p1Of(await view());
    expect(p1.winners).toEqual([org('comp-a'), org('comp-b')]);
    // names beside the ids (issue 8 §9): nobody reads a pick log of UUIDs
    expect(p1).toMatchObject({
      productName: '阿托伐他汀钙片',
      winnerNames: ['company comp-a', 'company comp-b'],
    });
    expect(p1.currentTurn).toMatchObject({
      turn: 1,
      companyId: org('comp-a'),
      companyName: 'company comp-a',
      kind: 'primary',
      allowedRegions: ['BJ', 'SH', 'TJ'],
      allowedRegionNames: ['北京市', '上海市', '天津市'],
      deadline: expect.stringMatching(/^2027-03-05T09:3\d:\d\d\+08:00$/),
    });
    await refused(preferences(['BJ']), 409, 'INVALID_STATE');
  });

  it('lets only the company whose turn it is pick an allowed region', async () => {
    await refused(pick('comp-b', 'SH'), 409, 'INVALID_STATE');
    await refused(pick('comp-a', 'HE'), 400, 'VALIDATION_FAILED');
    const p1 = p1Of(await ok(pick('comp-a', 'SH')));
    expect(p1.picks).toEqual([
      expect.objectContaining({
        turn: 1,
        companyName: 'company comp-a',
        regionId: 'SH',
        regionName: '上海市',
        kind: 'primary',
        byDefault: false,
      }),
    ]);
    expect(p1.currentTurn).toMatchObject({ turn: 2, companyId: org('comp-a'), allowedRegions: ['BJ', 'TJ'] });
  });

  it('a turn that times out takes the default pick (largest agreed volume) when the sweep runs', async () => {
    expect(await sweepRegionTurns(t.db)).toBe(0);
    await setPlatformClock(t.db, at('2027-03-05', '09:45'));
    await refused(pick('comp-a', 'TJ'), 409, 'DEADLINE_PASSED');
    expect(await sweepRegionTurns(t.db)).toBe(1);
    const p1 = p1Of(await view());
    expect(p1.picks[1]).toMatchObject({ turn: 2, companyId: org('comp-a'), regionId: 'BJ', byDefault: true });
    // the next turn runs from the missed deadline, not from when the sweep noticed
    expect(p1.currentTurn).toMatchObject({ turn: 3, companyId: org('comp-b'), allowedRegions: ['TJ'] });
    const missed = new Date(p1.picks[1]?.deadline as string).getTime();
    expect(p1.currentTurn?.deadline).toBe(formatShanghai(new Date(missed + 30 * 60_000)));
  });

  it('completes once every turn is taken: agreed volumes per hospital × company', async () => {
    await ok(pick('comp-b', 'TJ'));
    // backups: A may back up TJ only; B's preferences (TJ, SH) give it SH; A has nothing left and
    // passes; B backs up BJ by default. Three default picks, then completion.
    await setPlatformClock(t.db, at('2027-03-06', '09:00'));
    expect(await sweepRegionTurns(t.db)).toBe(4);
    expect(await roundState(t, roundId)).toBe('volumes-agreed');
    const p1 = p1Of(await view());
    expect(p1.picks.map((p) => [p.companyId === org('comp-a') ? 'A' : 'B', p.regionId, p.kind])).toEqual([
      ['A', 'SH', 'primary'],
      ['A', 'BJ', 'primary'],
      ['B', 'TJ', 'primary'],
      ['A', 'TJ', 'backup'],
      ['B', 'SH', 'backup'],
      ['B', 'BJ', 'backup'],
    ]);
    expect(p1.currentTurn).toBeNull();

    const all = (await ok(agreedVolumes('office1'))).items;
    // W = 2: ratio 0.60 per line; BJ and SH hospitals to A, TJ to B (the brand line is generic)
    expect(all).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          productCode: 'P1',
          group: null,
          hospitalId: org('hosp-bj'),
          companyId: org('comp-a'),
          agreedVolume: 60_000,
        }),
        expect.objectContaining({
          productCode: 'P1',
          group: null,
          hospitalId: org('hosp-tj'),
          companyId: org('comp-b'),
          agreedVolume: 30_000,
        }),
        expect.objectContaining({
          productCode: 'P1',
          group: null,
          hospitalId: org('hosp-sh'),
          companyId: org('comp-a'),
          agreedVolume: 12_599,
        }),
      ]),
    );
    expect(all).toHaveLength(3);
    const output = (await publishedDocument(t, roundId, 'output')).products[0];
    const sum = (xs: any[]) => xs.reduce((s, x) => s + x.agreedVolume, 0);
    expect(sum(all)).toBe(output.agreedVolume);
    expect(sum(all)).toBe(sum(output.allocations));
  });

  it('shows a hospital only its own a company only its own volumes', async () => {
    const bj = (await ok(agreedVolumes('hosp-bj'))).items;
    expect(bj.map((v) => v.hospitalId)).toEqual([org('hosp-bj')]);
    const b = (await ok(agreedVolumes('comp-b'))).items;
    expect(b.map((v) => v.companyId)).toEqual([org('comp-b')]);
    expect((await ok(agreedVolumes('comp-c'))).items).toEqual([]);
    expect((await agreedVolumes(null)).response.status).toBe(401);
  });
});
