import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/**
 * The two hot progress queries of a cycle (issue 12.4, benchmarked at national size in 12.8): never a
 * sum over the 3 million agreement lines or the 5 million purchase lines of a round.
 * - by region × product × company: agreed from `agreed_total` (kept by triggers on agreement_line),
 *   purchased from `purchase_month` (kept by triggers on purchase) — a few thousand rows each;
 * - one institution per product: its agreements' lines and its purchases through
 *   `purchase_hospital (round_id, hospital_id, product_id)` — a few hundred rows.
 * Purchased counts what was bought from a company with an agreed volume for it (a winner); what was
 * bought elsewhere is the non-winning purchase (`outside_units`), never completion.
 */

/** Narrows the region × product rows: a bureau to its region, a company to its own products. */
export interface ProgressFilter {
  readonly regionCode?: string;
  readonly productId?: string;
  readonly companyId?: string;
}

export interface RegionProductRow {
  readonly region_code: string;
  readonly product_id: string;
  readonly company_id: string;
  /** agreed volume (smallest units, int8 as text) and contracted amount (decimal text) */
  readonly agreed_units: string;
  readonly agreed_amount: string;
  /** bought from this company in the region (not cancelled), units and amount */
  readonly purchased_units: string;
  readonly purchased_amount: string;
  /** the agreed lines' cycle; null where the company has no agreed volume here (a non-winner) */
  readonly cycle_start: string | null;
  readonly cycle_end: string | null;
}

function where(table: string, roundId: string, filter: ProgressFilter) {
  const t = sql.table(table);
  return sql.join(
    [
      sql`${t}.round_id = ${roundId}::uuid`,
      ...(filter.regionCode ? [sql`${t}.region_code = ${filter.regionCode}`] : []),
      ...(filter.productId ? [sql`${t}.product_id = ${filter.productId}::uuid`] : []),
      ...(filter.companyId ? [sql`${t}.company_id = ${filter.companyId}::uuid`] : []),
    ],
    sql` and `,
  );
}

/** Agreed against purchased per region × product × company of the round, in the filter. */
export function regionProductProgressQuery(
  roundId: string,
  filter: ProgressFilter = {},
): RawBuilder<RegionProductRow> {
  return sql<RegionProductRow>`
    with agreed as (
      select region_code, product_id, company_id, units, amount, cycle_start, cycle_end
      from agreed_total where ${where('agreed_total', roundId, filter)}
    ), bought as (
      select region_code, product_id, company_id, sum(units) as units, sum(amount) as amount
      from purchase_month where ${where('purchase_month', roundId, filter)}
      group by region_code, product_id, company_id
    )
    select region_code, product_id, company_id,
      coalesce(a.units, 0)::text as agreed_units, coalesce(a.amount, 0)::text as agreed_amount,
      coalesce(b.units, 0)::text as purchased_units, coalesce(b.amount, 0)::text as purchased_amount,
      a.cycle_start, a.cycle_end
    from agreed a full join bought b using (region_code, product_id, company_id)
    order by region_code, product_id, company_id`;
}

export async function findRegionProductProgress(db: Q, roundId: string, filter: ProgressFilter = {}) {
  return (await regionProductProgressQuery(roundId, filter).execute(db)).rows;
}

export interface MonthRow {
  /** the month's first day */
  readonly month: string;
  /** bought in the month from companies with an agreed volume in the region (winners) */
  readonly units: string;
  readonly amount: string;
}

/** Purchases from winners per month of the round, in the filter (the rollup's months, oldest first). */
export function monthProgressQuery(roundId: string, filter: ProgressFilter = {}): RawBuilder<MonthRow> {
  return sql<MonthRow>`
    select purchase_month.month, sum(purchase_month.units)::text as units,
      sum(purchase_month.amount)::text as amount
    from purchase_month join agreed_total using (round_id, region_code, product_id, company_id)
    where ${where('purchase_month', roundId, filter)}
    group by purchase_month.month order by purchase_month.month`;
}

export async function findMonthProgress(db: Q, roundId: string, filter: ProgressFilter = {}) {
  return (await monthProgressQuery(roundId, filter).execute(db)).rows;
}

export interface InstitutionProductRow {
  readonly product_id: string;
  readonly product_code: string;
  readonly product_name: string;
  readonly agreed_units: string;
  readonly agreed_amount: string;
  readonly purchased_units: string;
  readonly purchased_amount: string;
  /** bought from a company without an agreed volume of the product for this hospital (non-winning) */
  readonly outside_units: string;
  readonly cycle_start: string | null;
  readonly cycle_end: string | null;
}

/** One institution's agreed volumes against its purchases, per product of the round (by code). */
export function institutionProgressQuery(
  roundId: string,
  hospitalId: string,
): RawBuilder<InstitutionProductRow> {
  return sql<InstitutionProductRow>`
    with won as (
      select l.product_id, a.company_id, sum(l.agreed_volume) as units,
        sum(round(l.pack_price * l.agreed_volume / l.units_per_pack, 2)) as amount,
        min(l.cycle_start) as cycle_start, max(l.cycle_end) as cycle_end
      from agreement a join agreement_line l on l.agreement_id = a.id
      where a.round_id = ${roundId}::uuid and a.hospital_id = ${hospitalId}::uuid
      group by l.product_id, a.company_id
    ), bought as (
      select product_id, company_id, sum(units) as units, sum(amount) as amount
      from purchase
      where round_id = ${roundId}::uuid and hospital_id = ${hospitalId}::uuid and status <> 'cancelled'
      group by product_id, company_id
    )
    select pr.id as product_id, pr.code as product_code, pr.name as product_name,
      coalesce(sum(w.units), 0)::text as agreed_units, coalesce(sum(w.amount), 0)::text as agreed_amount,
      coalesce(sum(b.units) filter (where w.company_id is not null), 0)::text as purchased_units,
      coalesce(sum(b.amount) filter (where w.company_id is not null), 0)::text as purchased_amount,
      coalesce(sum(b.units) filter (where w.company_id is null), 0)::text as outside_units,
      min(w.cycle_start) as cycle_start, max(w.cycle_end) as cycle_end
    from won w full join bought b using (product_id, company_id)
    join product pr on pr.id = product_id
    group by pr.id, pr.code, pr.name
    order by pr.code collate "C"`;
}

export async function findInstitutionProgress(db: Q, roundId: string, hospitalId: string) {
  return (await institutionProgressQuery(roundId, hospitalId).execute(db)).rows;
}

/** The round's today (Beijing date of its clock: the database's, or the round's rehearsal clock). */
export async function findRoundToday(db: Q, roundId: string): Promise<string> {
  const { rows } = await sql<{ today: string }>`
    select to_char(jicai_round_now(${roundId}::uuid) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today`.execute(
    db,
  );
  return (rows[0] as { today: string }).today;
}
