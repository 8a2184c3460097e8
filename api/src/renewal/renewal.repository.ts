import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';

type Trx = Transaction<Database>;

/** The renewal round already made from `roundId`, if any. */
export function findRenewal(trx: Trx, roundId: string) {
  return trx
    .selectFrom('round')
    .select(['id', 'code'])
    .where('renewed_from', '=', roundId)
    .executeTakeFirst();
}

export async function countAgreements(trx: Trx, roundId: string) {
  const row = await trx
    .selectFrom('agreement')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function markRenewedFrom(trx: Trx, renewalId: string, roundId: string) {
  return trx.updateTable('round').set({ renewed_from: roundId }).where('id', '=', renewalId).execute();
}

/** The expiring round's regions, for the renewal. */
export async function copyRegions(trx: Trx, from: string, to: string) {
  const rows = await sql<{ region_code: string }>`
    insert into round_region (round_id, region_code)
    select ${to}::uuid, region_code from round_region where round_id = ${from}::uuid
    returning region_code`.execute(trx);
  return rows.rows.map((r) => r.region_code).sort();
}

/** The catalogue (products and their specs, ceilings included), same codes, new ids. */
export async function copyCatalogue(trx: Trx, from: string, to: string) {
  const products = await sql<{ code: string }>`
    insert into product (round_id, code, name, form, volume_class, strength_unit, national_drug_code,
      representative_spec_code, groups)
    select ${to}::uuid, code, name, form, volume_class, strength_unit, national_drug_code,
      representative_spec_code, groups
    from product where round_id = ${from}::uuid
    returning code`.execute(trx);
  await sql`
    insert into spec (product_id, code, strength, unit_count, volume_ml, ceiling)
    select np.id, s.code, s.strength, s.unit_count, s.volume_ml, s.ceiling
    from spec s
    join product op on op.id = s.product_id and op.round_id = ${from}::uuid
    join product np on np.round_id = ${to}::uuid and np.code = op.code`.execute(trx);
  return products.rows.length;
}

/**
 * The new baseline: one demand line (by generic name) per institution that took part × product it
 * had an agreement line for or bought, its last year's volume (上年用量) the units it bought in the
 * expiring cycle (agreement and non-winning purchases, not cancelled), its quantity that volume to
 * start from. The line is written 'submitted' at the database's time; the hospital changes it when
 * the renewal's demand window opens.
 */
export async function seedBaseline(trx: Trx, from: string, to: string) {
  const rows = await sql<{ n: string }>`
    with pairs as (
      select a.hospital_id, l.product_id from agreement a join agreement_line l on l.agreement_id = a.id
      where a.round_id = ${from}::uuid
      union
      select p.hospital_id, p.product_id from purchase p
      where p.round_id = ${from}::uuid and p.status <> 'cancelled'
    ), bought as (
      select p.hospital_id, p.product_id, sum(p.units) as units from purchase p
      where p.round_id = ${from}::uuid and p.status <> 'cancelled'
      group by p.hospital_id, p.product_id
    ), inserted as (
      insert into demand_report (round_id, product_id, hospital_id, region_code, quantity, last_year_volume,
        status, submitted_at, updated_at)
      select ${to}::uuid, np.id, x.hospital_id, o.region_code, coalesce(b.units, 0), coalesce(b.units, 0),
        'submitted', jicai_now(), jicai_now()
      from pairs x
      join organisation o on o.id = x.hospital_id and o.region_code is not null
      join product op on op.id = x.product_id
      join product np on np.round_id = ${to}::uuid and np.code = op.code
      left join bought b on b.hospital_id = x.hospital_id and b.product_id = x.product_id
      returning 1
    )
    select count(*)::text as n from inserted`.execute(trx);
  return Number(rows.rows[0]?.n ?? 0);
}

/** The expiring round's agreements are renewed when its renewal round is made; answers how many. */
export async function markAgreementsRenewed(trx: Trx, roundId: string) {
  const result = await trx
    .updateTable('agreement')
    .set({ renewed_at: sql<Date>`jicai_now()` })
    .where('round_id', '=', roundId)
    .where('renewed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
