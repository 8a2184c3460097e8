import { ok } from './api-client.js';
import { at, type World } from './award-fixtures.js';
import { clientAs, createAwardedRound, roundPath } from './award-client.js';
import { makeUscc } from './fixtures.js';
import { setPlatformClock } from './platform-clock.js';
import type { TestContext } from './test-context.js';
import { sweepRegionTurns } from '../award/region-selection.service.js';
import { agreementJobDeps, type AgreementJobDeps } from '../agreements/agreement-job.js';

/**
 * A round with agreed volumes (nvbp-11, W = 2): A (rank 1) is primary in BJ and TJ and backup in SH,
 * B primary in SH; SH's line reported by brand A goes to A, so hosp-sh has agreements with both
 * companies. Four agreements.
 */
export async function createAgreedRound(t: TestContext, world: World): Promise<string> {
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
      { hospital: 'hosp-tj', quantity: 50_000 },
      { hospital: 'hosp-sh', quantity: 20_000 },
      { hospital: 'hosp-sh', quantity: 1_000, brand: 'comp-a' },
    ],
  );
  await ok(
    clientAs(t, world)('office1').POST('/rounds/{roundId}/region-selection/start', roundPath(roundId)),
  );
  // nobody picks: every turn runs out and takes the default
  await setPlatformClock(t.db, at('2027-03-08', '09:00'));
  await sweepRegionTurns(t.db);
  return roundId;
}

/** The agreement job on the test's database and document store. */
export const testJobDeps = (t: TestContext): AgreementJobDeps => agreementJobDeps(t.deps);

/**
 * `count` more hospitals in BJ, each with an agreed volume of P1 from A (as if they had reported
 * demand): a round with that many more agreements, to stop a job half-way through.
 */
export async function addAgreedHospitals(t: TestContext, world: World, roundId: string, count: number) {
  const product = await t.db
    .selectFrom('product')
    .select('id')
    .where('round_id', '=', roundId)
    .where('code', '=', 'P1')
    .executeTakeFirstOrThrow();
  const hospitals = await t.db
    .insertInto('organisation')
    .values(
      Array.from({ length: count }, (_, i) => ({
        kind: 'hospital' as const,
        name: `医院 ${String(i + 1).padStart(4, '0')}`,
        uscc: makeUscc(),
        region_code: 'BJ',
      })),
    )
    .returning('id')
    .execute();
  await t.db
    .insertInto('agreed_volume')
    .values(
      hospitals.map((h, i) => ({
        round_id: roundId,
        product_id: product.id,
        group_key: null,
        hospital_id: h.id,
        company_id: world['comp-a'].organisationId,
        quantity: 1000 + i,
      })),
    )
    .execute();
}
