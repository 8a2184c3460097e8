import { sql } from 'kysely';
import { advanceAgreementJobs } from '../agreements/agreement-job.js';
import { ok } from './api-client.js';
import { clientAs, roundPath } from './award-client.js';
import { at, type Login, type World } from './award-fixtures.js';
import { createAgreedRound, testJobDeps } from './agreement-world.js';
import { createOrgUser } from './fixtures.js';
import { setPlatformClock } from './platform-clock.js';
import { signIn } from './sign-in.js';
import type { TestContext } from './test-context.js';

/** A purchase line written straight into the ledger, as an order or an import would leave it. */
export interface PurchaseLine {
  readonly hospital: Login;
  readonly company: Login;
  readonly packs: number;
  readonly packPrice: string;
  /** bought under the hospital's agreement with the company (false: a non-winning product) */
  readonly underAgreement: boolean;
  readonly status?: 'accepted' | 'cancelled';
}

export async function insertPurchases(t: TestContext, world: World, roundId: string, lines: PurchaseLine[]) {
  for (const l of lines) {
    const hospital = world[l.hospital].organisationId;
    const company = world[l.company].organisationId;
    const agreement = l.underAgreement
      ? await t.db
          .selectFrom('agreement')
          .select('id')
          .where('round_id', '=', roundId)
          .where('hospital_id', '=', hospital)
          .where('company_id', '=', company)
          .executeTakeFirstOrThrow()
      : undefined;
    await sql`insert into purchase (round_id, hospital_id, region_code, product_id, company_id, agreement_id,
        spec_code, packs, units, pack_price, amount, ordered_on, source, status)
      select ${roundId}::uuid, o.id, o.region_code, p.id, ${company}::uuid, ${agreement?.id ?? null}::uuid,
        'S1', ${l.packs}, ${l.packs} * 14, ${l.packPrice}::numeric, ${l.packs} * ${l.packPrice}::numeric,
        '2027-05-10', 'order', ${l.status ?? 'accepted'}
      from organisation o, product p where o.id = ${hospital}::uuid and p.round_id = ${roundId}::uuid and p.code = 'P1'`.execute(
      t.db,
    );
  }
}

/**
 * The agreed round of agreement-world.ts with its four agreements issued (P1, spec S1, ceiling 2.0000
 * a unit; nvbp-11 agrees 60% of the reported demand: budgets BJ 60 000 × 2 = 120 000.00, TJ
 * 60 000.00, SH 12 600 × 2 = 25 200.00) and a
 * cycle's purchases: BJ 5 000 packs of A's at 2.80 (14 000.00) and 1 000 packs of C's non-winning
 * product at 20.00 (20 000.00), a cancelled order that counts for nothing; TJ over budget (5 000
 * packs of C's at 21.00 = 105 000.00); SH nothing.
 */
export async function createSurplusRound(t: TestContext, world: World): Promise<string> {
  const roundId = await createAgreedRound(t, world);
  await ok(
    clientAs(t, world)('office1').POST('/rounds/{roundId}/agreements/generation', roundPath(roundId)),
    202,
  );
  await setPlatformClock(t.db, at('2027-03-08', '10:00'));
  await advanceAgreementJobs(testJobDeps(t));
  await insertPurchases(t, world, roundId, [
    { hospital: 'hosp-bj', company: 'comp-a', packs: 5_000, packPrice: '2.80', underAgreement: true },
    { hospital: 'hosp-bj', company: 'comp-c', packs: 1_000, packPrice: '20.00', underAgreement: false },
    {
      hospital: 'hosp-bj',
      company: 'comp-a',
      packs: 9_999,
      packPrice: '2.80',
      underAgreement: true,
      status: 'cancelled',
    },
    { hospital: 'hosp-tj', company: 'comp-c', packs: 5_000, packPrice: '21.00', underAgreement: false },
  ]);
  return roundId;
}

/** The region bureaus of BJ and TJ, signed in. */
export async function createBureaus(t: TestContext) {
  const bureau = async (login: string, region: string) => {
    const user = await createOrgUser(t.db, 'region-bureau', ['region-bureau-user'], login, region);
    return { ...user, cookie: await signIn(t, login) };
  };
  return { bj: await bureau('rev-bj', 'BJ'), tj: await bureau('rev-tj', 'TJ') };
}
