import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage, type Page, type SortKey } from '../http/list.js';

type Q = Kysely<Database>;

export interface NonWinnerFilter {
  readonly regionCode?: string | undefined;
  readonly hospitalId?: string | undefined;
  readonly productId?: string | undefined;
  readonly companyId?: string | undefined;
}

export interface NonWinnerRow {
  readonly hospital_id: string;
  readonly hospital_name: string;
  readonly region_code: string;
  readonly product_id: string;
  readonly product_code: string;
  readonly product_name: string;
  /** the companies it was bought from, names joined by '、' */
  readonly companies: string;
  readonly purchased_units: string;
  /** Σ last_year_volume of the hospital's demand reports of the product; null: none reported */
  readonly last_year_volume: string | null;
  readonly notice_note: string | null;
  readonly notice_excess: string | null;
  readonly notified_at: Date | null;
}

/**
 * Non-winning purchases (非中选产品, docs/rules.md §12.4) of the round per hospital × product: bought
 * outside any agreement (agreement_id null) from a company that has no agreed volume of that product
 * for the hospital, not cancelled; with the hospital's last year's volume and the office's notice.
 * Only those over the cap (excess > 0), paged by hospital name, hospital, product code.
 */
function overCap(roundId: string, f: NonWinnerFilter) {
  const and = (cond: boolean, part: ReturnType<typeof sql>) => (cond ? part : sql``);
  return sql<NonWinnerRow>`(
    with outside as (
      select p.hospital_id, p.product_id, sum(p.units) as units,
        string_agg(distinct c.name, '、') as companies
      from purchase p join organisation c on c.id = p.company_id
      where p.round_id = ${roundId}::uuid and p.agreement_id is null and p.status <> 'cancelled'
        ${and(f.regionCode !== undefined, sql`and p.region_code = ${f.regionCode}`)}
        ${and(f.hospitalId !== undefined, sql`and p.hospital_id = ${f.hospitalId}::uuid`)}
        ${and(f.productId !== undefined, sql`and p.product_id = ${f.productId}::uuid`)}
        ${and(f.companyId !== undefined, sql`and p.company_id = ${f.companyId}::uuid`)}
        and not exists (
          select 1 from agreement a join agreement_line l on l.agreement_id = a.id
          where a.round_id = p.round_id and a.hospital_id = p.hospital_id and a.company_id = p.company_id
            and l.product_id = p.product_id)
      group by p.hospital_id, p.product_id
    )
    select o.hospital_id, h.name as hospital_name, h.region_code, o.product_id, pr.code as product_code,
      pr.name as product_name, o.companies, o.units::text as purchased_units,
      cap.volume::text as last_year_volume, n.note as notice_note, n.excess_units::text as notice_excess,
      n.notified_at
    from outside o
    join organisation h on h.id = o.hospital_id
    join product pr on pr.id = o.product_id
    cross join lateral (
      select sum(d.last_year_volume) as volume from demand_report d
      where d.round_id = ${roundId}::uuid and d.hospital_id = o.hospital_id and d.product_id = o.product_id
    ) cap
    left join non_winner_notice n on n.round_id = ${roundId}::uuid and n.hospital_id = o.hospital_id
      and n.product_id = o.product_id
    where cap.volume is not null and o.units > cap.volume
  )`;
}

export function pageNonWinnerExcess(
  db: Q,
  roundId: string,
  filter: NonWinnerFilter,
  status: 'open' | 'notified' | undefined,
  page: Page,
) {
  const keys: SortKey<NonWinnerRow>[] = [
    { sql: sql`x.hospital_name`, of: (r) => r.hospital_name },
    { sql: sql`x.hospital_id::text`, of: (r) => r.hospital_id },
    { sql: sql`x.product_code`, of: (r) => r.product_code },
  ];
  // notified: the office acted on an excess at least as large as today's
  const notified = sql<boolean>`(x.notice_excess is not null
    and x.notice_excess::bigint >= x.purchased_units::bigint - x.last_year_volume::bigint)`;
  let q = db.selectFrom(overCap(roundId, filter).as('x')).selectAll();
  if (status === 'notified') q = q.where(notified);
  if (status === 'open') q = q.where(sql<boolean>`not ${notified}`);
  return keysetPage(q, keys, page);
}

/** One hospital × product's excess, locked for the office's notice (null: none over the cap). */
export async function findNonWinnerExcess(
  trx: Transaction<Database>,
  roundId: string,
  hospitalId: string,
  productId: string,
) {
  const { rows } =
    await sql<NonWinnerRow>`select * from ${overCap(roundId, { hospitalId, productId })} x`.execute(trx);
  return rows[0];
}

export async function upsertNotice(
  trx: Transaction<Database>,
  notice: {
    roundId: string;
    hospitalId: string;
    productId: string;
    note: string;
    excess: number;
    by: string;
  },
) {
  await trx
    .insertInto('non_winner_notice')
    .values({
      round_id: notice.roundId,
      hospital_id: notice.hospitalId,
      product_id: notice.productId,
      note: notice.note,
      excess_units: notice.excess,
      notified_by: notice.by,
    })
    .onConflict((oc) =>
      oc.columns(['round_id', 'hospital_id', 'product_id']).doUpdateSet((eb) => ({
        note: eb.ref('excluded.note'),
        excess_units: eb.ref('excluded.excess_units'),
        notified_at: sql`jicai_now()`,
        notified_by: eb.ref('excluded.notified_by'),
      })),
    )
    .execute();
}
