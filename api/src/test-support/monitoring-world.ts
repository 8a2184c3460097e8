import { sql } from 'kysely';
import { ok } from './api-client.js';
import { at, createWorld, type Login, type World } from './award-fixtures.js';
import { clientAs, roundPath } from './award-client.js';
import { createAgreedRound, testJobDeps } from './agreement-world.js';
import { createOrgUser } from './fixtures.js';
import { setPlatformClock } from './platform-clock.js';
import { signIn } from './sign-in.js';
import type { TestContext } from './test-context.js';
import { advanceAgreementJobs } from '../agreements/agreement-job.js';
import { setRoundClock } from '../db/db-clock.js';

/**
 * Monitoring's world: createAgreedRound's four agreements (P1, 14 units per pack; A primary in BJ
 * and TJ, B in SH, hosp-sh also buys A by brand), issued, plus two region bureaus (BJ, SH) and a
 * company without agreements (comp-c, the non-winner). Purchases, deliveries and reports are
 * inserted straight into the ledger's tables (ordering is another feature's).
 */
export type MonitoringLogin = Login | 'bureau-bj' | 'bureau-sh';
export type MonitoringWorld = Record<
  MonitoringLogin,
  { organisationId: string; userId: string; cookie: string }
>;

export interface MonitoredRound {
  readonly world: MonitoringWorld;
  readonly roundId: string;
  readonly productId: string;
}

export async function createMonitoredRound(t: TestContext): Promise<MonitoredRound> {
  const world = (await createWorld(t)) as MonitoringWorld;
  for (const [login, region] of [
    ['bureau-bj', 'BJ'],
    ['bureau-sh', 'SH'],
  ] as const) {
    const user = await createOrgUser(t.db, 'region-bureau', ['region-bureau-user'], login, region);
    world[login] = { ...user, cookie: await signIn(t, login) };
  }
  const roundId = await createAgreedRound(t, world as World);
  await ok(
    clientAs(
      t,
      world as World,
    )('office1').POST('/rounds/{roundId}/agreements/generation', roundPath(roundId)),
    202,
  );
  await setPlatformClock(t.db, at('2027-03-08', '10:00'));
  await advanceAgreementJobs(testJobDeps(t));
  const product = await t.db
    .selectFrom('product')
    .select('id')
    .where('round_id', '=', roundId)
    .where('code', '=', 'P1')
    .executeTakeFirstOrThrow();
  return { world, roundId, productId: product.id };
}

/** The round's own clock at `day` 10:00 Beijing (its cycle runs from 2027-04-01). */
export const setRoundDay = (t: TestContext, roundId: string, day: string) =>
  setRoundClock(t.db, roundId, at(day, '10:00'));

export interface PurchaseSpec {
  readonly hospital: Login;
  readonly company: Login;
  readonly packs: number;
  readonly orderedOn: string;
  /** hours from the order to the company's confirmation (null: not confirmed) */
  readonly confirmedAfterHours?: number | null;
  /** an order of the platform (default), or a line imported from the hospital's system */
  readonly source?: 'order' | 'import';
  readonly status?: 'ordered' | 'confirmed' | 'delivered' | 'accepted' | 'cancelled';
}

/**
 * Purchase lines of P1 at the agreement's price when the hospital has one with the company, else as a
 * non-winning purchase at 5.00 a pack (14 units) outside any agreement. Returns the ids in order.
 */
export async function insertPurchases(
  t: TestContext,
  m: MonitoredRound,
  specs: readonly PurchaseSpec[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const s of specs) {
    const hospitalId = m.world[s.hospital].organisationId;
    const companyId = m.world[s.company].organisationId;
    const line = await t.db
      .selectFrom('agreement as a')
      .innerJoin('agreement_line as l', 'l.agreement_id', 'a.id')
      .select(['a.id', 'l.spec_code', 'l.units_per_pack', 'l.pack_price'])
      .where('a.round_id', '=', m.roundId)
      .where('a.hospital_id', '=', hospitalId)
      .where('a.company_id', '=', companyId)
      .where('l.product_id', '=', m.productId)
      .executeTakeFirst();
    const source = s.source ?? 'order';
    let importId: string | null = null;
    if (source === 'import') {
      const file = await t.db
        .insertInto('purchase_import')
        .values({
          hospital_id: hospitalId,
          round_id: m.roundId,
          file_sha256: (ids.length + Date.now()).toString(16).padStart(64, '0'),
          file_name: 'import.csv',
          line_count: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      importId = file.id;
    }
    const unitsPerPack = line?.units_per_pack ?? 14;
    const price = line?.pack_price ?? '5.00';
    const { rows } = await sql<{ id: string }>`
      insert into purchase (round_id, hospital_id, region_code, product_id, company_id, agreement_id, spec_code,
        packs, units, pack_price, amount, ordered_on, ordered_at, source, import_id, status, confirmed_at)
      select ${m.roundId}::uuid, h.id, h.region_code, ${m.productId}::uuid, ${companyId}::uuid, ${line?.id ?? null}::uuid,
        ${line?.spec_code ?? 'S1'}, ${s.packs}, ${s.packs * unitsPerPack}, ${price}::numeric,
        ${price}::numeric * ${s.packs}, ${s.orderedOn}::date, ${s.orderedOn}::date + time '09:00',
        ${source}, ${importId}::uuid, ${source === 'import' ? 'recorded' : (s.status ?? 'confirmed')},
        case when ${s.confirmedAfterHours ?? null}::int is null then null
          else ${s.orderedOn}::date + time '09:00' + make_interval(hours => ${s.confirmedAfterHours ?? 0}) end
      from organisation h where h.id = ${hospitalId}::uuid
      returning id::text`.execute(t.db);
    ids.push((rows[0] as { id: string }).id);
  }
  return ids;
}

/** A delivery of `packs` of a purchase on `deliveredOn`, accepted whole unless `acceptedPacks` says less. */
export async function insertDelivery(
  t: TestContext,
  purchaseId: string,
  packs: number,
  deliveredOn: string,
  acceptedPacks: number | null = packs,
) {
  const purchase = await t.db
    .selectFrom('purchase')
    .select('company_id')
    .where('id', '=', purchaseId)
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('delivery')
    .values({
      purchase_id: purchaseId,
      company_id: purchase.company_id,
      batch_no: `B${purchaseId}`,
      packs,
      delivered_on: deliveredOn,
      ...(acceptedPacks === null
        ? {}
        : {
            accepted_at: new Date(`${deliveredOn}T08:00:00Z`),
            accepted_on: deliveredOn,
            accepted_packs: acceptedPacks,
            short_packs: packs - acceptedPacks,
            damaged_packs: 0,
          }),
    })
    .execute();
}

/** The hospital's last year's volume of P1 on its demand report(s) (the non-winning cap). */
export async function setLastYearVolume(t: TestContext, m: MonitoredRound, hospital: Login, volume: number) {
  await t.db
    .updateTable('demand_report')
    .set({ last_year_volume: volume })
    .where('round_id', '=', m.roundId)
    .where('hospital_id', '=', m.world[hospital].organisationId)
    .where('product_id', '=', m.productId)
    .execute();
}
