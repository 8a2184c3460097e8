import { sql } from 'kysely';
import { advanceAgreementJobs } from '../agreements/agreement-job.js';
import { createAgreedRound, testJobDeps } from './agreement-world.js';
import { at, type World } from './award-fixtures.js';
import { createOrgUser } from './fixtures.js';
import { setPlatformClock } from './platform-clock.js';
import { signIn } from './sign-in.js';
import type { TestContext } from './test-context.js';

/**
 * The agreed round of agreement-world.ts with its agreements made (BJ × A, TJ × A, SH × A, SH × B),
 * and a region bureau of BJ signed in. Deliveries and their acceptance are written straight into
 * the ledger (the orders feature writes them in the running platform).
 */
export async function createMoneyRound(t: TestContext, world: World) {
  const roundId = await createAgreedRound(t, world);
  const res = await t.request(`/api/rounds/${roundId}/agreements/generation`, {
    method: 'POST',
    cookie: world.office1.cookie,
  });
  if (res.status !== 202) throw new Error(`agreement generation answered ${res.status}`);
  await setPlatformClock(t.db, at('2027-03-08', '10:00'));
  await advanceAgreementJobs(testJobDeps(t));
  await createOrgUser(t.db, 'region-bureau', ['region-bureau-user'], 'bureau-bj', 'BJ');
  return { roundId, bureauCookie: await signIn(t, 'bureau-bj') };
}

export interface AcceptedDelivery {
  readonly hospitalId: string;
  readonly companyId: string;
  readonly packs: number;
  /** null: delivered, not yet accepted */
  readonly acceptedPacks: number | null;
  readonly acceptedOn: string;
}

/** An order of the hospital under its agreement with the company, delivered and (unless null) accepted. */
export async function insertDelivery(t: TestContext, roundId: string, d: AcceptedDelivery): Promise<string> {
  const line = await t.db
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .innerJoin('organisation as h', 'h.id', 'a.hospital_id')
    .select(['a.id', 'l.product_id', 'l.spec_code', 'l.units_per_pack', 'l.pack_price', 'h.region_code'])
    .where('a.round_id', '=', roundId)
    .where('a.hospital_id', '=', d.hospitalId)
    .where('a.company_id', '=', d.companyId)
    .executeTakeFirstOrThrow();
  const accepted = d.acceptedPacks !== null;
  const { rows } = await sql<{ id: string }>`
    insert into purchase (round_id, hospital_id, region_code, product_id, company_id, agreement_id, spec_code,
      packs, units, pack_price, amount, ordered_on, source, status)
    values (${roundId}::uuid, ${d.hospitalId}::uuid, ${line.region_code}, ${line.product_id}::uuid,
      ${d.companyId}::uuid, ${line.id}::uuid, ${line.spec_code}, ${d.packs}, ${d.packs * line.units_per_pack},
      ${line.pack_price}::numeric, ${line.pack_price}::numeric * ${d.packs}, ${d.acceptedOn}::date, 'order',
      ${accepted ? 'accepted' : 'delivered'})
    returning id`.execute(t.db);
  const delivery = await t.db
    .insertInto('delivery')
    .values({
      purchase_id: (rows[0] as { id: string }).id,
      company_id: d.companyId,
      batch_no: `B${d.acceptedOn.replaceAll('-', '')}`,
      packs: d.packs,
      delivered_on: d.acceptedOn,
      ...(accepted && {
        accepted_at: new Date(`${d.acceptedOn}T02:00:00Z`),
        accepted_on: d.acceptedOn,
        accepted_packs: d.acceptedPacks,
        short_packs: d.packs - (d.acceptedPacks ?? 0),
        damaged_packs: 0,
      }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return delivery.id;
}
