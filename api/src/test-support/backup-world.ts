import { Dec } from '@jicai/domain';
import { createAgreedRound, testJobDeps } from './agreement-world.js';
import { at, type Login, type World } from './award-fixtures.js';
import { setPlatformClock } from './platform-clock.js';
import type { TestContext } from './test-context.js';
import { advanceAgreementJobs } from '../agreements/agreement-job.js';

/** A round whose agreements are made and issued (agreement-world.ts), for backup supply and listing. */
export async function createIssuedRound(t: TestContext, world: World): Promise<string> {
  const roundId = await createAgreedRound(t, world);
  const res = await t.request(`/api/rounds/${roundId}/agreements/generation`, {
    method: 'POST',
    cookie: world.office1.cookie,
  });
  if (res.status !== 202) throw new Error(`generation: ${res.status} ${await res.text()}`);
  await setPlatformClock(t.db, at('2027-03-08', '10:00'));
  await advanceAgreementJobs(testJobDeps(t));
  return roundId;
}

/** The round's product P1. */
export async function productP1(t: TestContext, roundId: string) {
  return t.db
    .selectFrom('product')
    .select('id')
    .where('round_id', '=', roundId)
    .where('code', '=', 'P1')
    .executeTakeFirstOrThrow();
}

/** The region picks of the round's P1, as `REGION:kind → company login`. */
export async function picksOf(t: TestContext, world: World, roundId: string) {
  const rows = await t.db
    .selectFrom('region_pick')
    .select(['region_code', 'kind', 'company_id'])
    .where('round_id', '=', roundId)
    .execute();
  const loginOf = (id: string) =>
    (Object.keys(world) as Login[]).find((l) => world[l].organisationId === id) ?? id;
  return Object.fromEntries(rows.map((r) => [`${r.region_code}:${r.kind}`, loginOf(r.company_id)]));
}

/** A purchase the hospital made under its agreement with the company (as the orders feature records it). */
export async function recordPurchase(
  t: TestContext,
  world: World,
  roundId: string,
  hospital: Login,
  company: Login,
  packs: number,
  status: 'accepted' | 'cancelled' = 'accepted',
) {
  const agreement = await t.db
    .selectFrom('agreement')
    .innerJoin('agreement_line as l', 'l.agreement_id', 'agreement.id')
    .innerJoin('organisation as h', 'h.id', 'agreement.hospital_id')
    .select([
      'agreement.id',
      'l.product_id',
      'l.spec_code',
      'l.units_per_pack',
      'l.pack_price',
      'h.region_code',
    ])
    .where('agreement.round_id', '=', roundId)
    .where('agreement.hospital_id', '=', world[hospital].organisationId)
    .where('agreement.company_id', '=', world[company].organisationId)
    .where('agreement.activation_id', 'is', null)
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('purchase')
    .values({
      round_id: roundId,
      hospital_id: world[hospital].organisationId,
      region_code: agreement.region_code as string,
      product_id: agreement.product_id,
      company_id: world[company].organisationId,
      agreement_id: agreement.id,
      spec_code: agreement.spec_code,
      packs,
      units: packs * agreement.units_per_pack,
      pack_price: agreement.pack_price,
      amount: new Dec(agreement.pack_price).times(packs).toFixed(2),
      ordered_on: '2027-04-10',
      source: 'order',
      status,
    })
    .execute();
}
