import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage, type Page, type SortKey } from '../http/list.js';

type Q = Kysely<Database>;

export interface BehindRow {
  readonly hospital_id: string;
  readonly hospital_name: string;
  readonly region_code: string;
  readonly product_id: string;
  readonly product_code: string;
  readonly product_name: string;
  readonly agreed_units: string;
  readonly agreed_amount: string;
  readonly purchased_units: string;
  readonly purchased_amount: string;
  readonly cycle_start: string;
  readonly cycle_end: string;
}

/**
 * Institution × product lines behind the linear pace (docs/rules.md §12.5) on the round's today, in a
 * region or all: purchased ÷ agreed < min(elapsed, cycle) ÷ year − tolerance (agreed volumes are
 * annual: docs/rules.md §12.17, the pace runs over the agreement year), cross-multiplied so
 * PostgreSQL compares exactly (the service recomputes each figure with measureProgress). Paged by
 * hospital name, hospital, product code.
 */
export function pageBehind(
  db: Q,
  roundId: string,
  regionCode: string | undefined,
  tolerance: string,
  page: Page,
) {
  const region = regionCode ? sql`and h.region_code = ${regionCode}` : sql``;
  const lines = sql<BehindRow>`(
    with won as (
      select a.hospital_id, l.product_id, a.company_id, sum(l.agreed_volume) as units,
        sum(round(l.pack_price * l.agreed_volume / l.units_per_pack, 2)) as amount,
        min(l.cycle_start) as cycle_start, max(l.cycle_end) as cycle_end
      from agreement a join agreement_line l on l.agreement_id = a.id
      join organisation h on h.id = a.hospital_id
      where a.round_id = ${roundId}::uuid ${region}
      group by 1, 2, 3
    ), bought as (
      select p.hospital_id, p.product_id, p.company_id, sum(p.units) as units, sum(p.amount) as amount
      from purchase p join organisation h on h.id = p.hospital_id
      where p.round_id = ${roundId}::uuid and p.status <> 'cancelled' ${region}
      group by 1, 2, 3
    ), line as (
      select w.hospital_id, w.product_id, sum(w.units) as agreed, sum(w.amount) as agreed_amount,
        coalesce(sum(b.units), 0) as purchased, coalesce(sum(b.amount), 0) as purchased_amount,
        min(w.cycle_start) as cycle_start, max(w.cycle_end) as cycle_end
      from won w left join bought b using (hospital_id, product_id, company_id)
      group by 1, 2
    ), today as (
      select (jicai_round_now(${roundId}::uuid) at time zone 'Asia/Shanghai')::date as d
    )
    select l.hospital_id, h.name as hospital_name, h.region_code, l.product_id, pr.code as product_code,
      pr.name as product_name, l.agreed::text as agreed_units, l.agreed_amount::text as agreed_amount,
      l.purchased::text as purchased_units, l.purchased_amount::text as purchased_amount,
      l.cycle_start, l.cycle_end
    from (
      select line.*, least((line.cycle_start + interval '1 year')::date - line.cycle_start,
        line.cycle_end - line.cycle_start + 1) as year_days
      from line
    ) l cross join today
    join organisation h on h.id = l.hospital_id
    join product pr on pr.id = l.product_id
    where l.agreed > 0
      and l.purchased * l.year_days
        < l.agreed * (least(greatest(today.d - l.cycle_start, 0), l.cycle_end - l.cycle_start + 1)
          - ${tolerance}::numeric * l.year_days)
  )`;
  const keys: SortKey<BehindRow>[] = [
    { sql: sql`b.hospital_name`, of: (r) => r.hospital_name },
    { sql: sql`b.hospital_id::text`, of: (r) => r.hospital_id },
    { sql: sql`b.product_code`, of: (r) => r.product_code },
  ];
  return keysetPage(db.selectFrom(lines.as('b')).selectAll(), keys, page);
}

/**
 * Per company of the round (in a region, or one company): packs ordered in the platform (not
 * cancelled) and packs delivered against those orders — the supplier lag of docs/rules.md §12.5.
 */
export function findDeliveryLag(db: Q, roundId: string, filter: { regionCode?: string; companyId?: string }) {
  return db
    .selectFrom('purchase as p')
    .innerJoin('organisation as c', 'c.id', 'p.company_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('delivery')
          .select(['purchase_id', sql<string>`sum(packs)`.as('packs')])
          .groupBy('purchase_id')
          .as('d'),
      (join) => join.onRef('d.purchase_id', '=', 'p.id'),
    )
    .select([
      'p.company_id',
      'c.name as company_name',
      sql<string>`sum(p.packs)::text`.as('ordered_packs'),
      sql<string>`coalesce(sum(d.packs), 0)::text`.as('delivered_packs'),
    ])
    .where('p.round_id', '=', roundId)
    .where('p.source', '=', 'order')
    .where('p.status', '<>', 'cancelled')
    .$if(filter.regionCode !== undefined, (q) => q.where('p.region_code', '=', filter.regionCode ?? ''))
    .$if(filter.companyId !== undefined, (q) => q.where('p.company_id', '=', filter.companyId ?? ''))
    .groupBy(['p.company_id', 'c.name'])
    .orderBy('c.name')
    .execute();
}
