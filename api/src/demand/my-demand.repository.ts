import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { instantKey, key, keysetPage, type Page } from '../http/list.js';
import type { DemandStatus } from './demand.table.js';

type Q = Kysely<Database>;

/**
 * The round's catalogue as a hospital fills it in, with the last year's volume each product starts
 * from: the hospital's own `lastYearVolume` on its line of this round (the generic-name line first),
 * else what it reported for the same product code, or the same generic name, in its most recent
 * earlier round (all its lines of that product there, brands included, summed).
 */
export function listWorksheetProducts(db: Q, roundId: string, hospitalId: string) {
  return sql<{
    code: string;
    name: string;
    form: string;
    strength_unit: string;
    groups: string[];
    specs: string | null;
    this_round: string | null;
    earlier_quantity: string | null;
    earlier_round: string | null;
  }>`
    select p.code, p.name, p.form, p.strength_unit, p.groups,
      (select string_agg(s.strength::text || p.strength_unit || '×' || s.unit_count, '、' order by s.code)
         from spec s where s.product_id = p.id) as specs,
      mine.last_year_volume as this_round,
      prev.quantity as earlier_quantity, prev.round_code as earlier_round
    from product p
    join round cur on cur.id = p.round_id
    left join lateral (
      select d.last_year_volume from demand_report d
      where d.product_id = p.id and d.hospital_id = ${hospitalId}::uuid and d.last_year_volume is not null
      order by (d.brand_company_id is null) desc, d.updated_at desc limit 1
    ) mine on true
    left join lateral (
      select r.code as round_code, sum(d.quantity)::text as quantity
      from demand_report d
      join product q on q.id = d.product_id
      join round r on r.id = d.round_id
      where d.hospital_id = ${hospitalId}::uuid and r.id <> cur.id
        and (q.code = p.code or q.name = p.name)
        and coalesce(r.demand_opens_at, r.created_at) < coalesce(cur.demand_opens_at, cur.created_at)
      group by r.id, r.code
      order by max(coalesce(r.demand_opens_at, r.created_at)) desc, r.id
      limit 1
    ) prev on true
    where p.round_id = ${roundId}::uuid
    order by p.code`
    .execute(db)
    .then((r) => r.rows);
}
export type WorksheetProductRow = Awaited<ReturnType<typeof listWorksheetProducts>>[number];

/** The hospital's own lines of one round, with the brand's USCC for the template. */
export function listOwnLines(db: Q, roundId: string, hospitalId: string) {
  return db
    .selectFrom('demand_report as d')
    .innerJoin('product as p', 'p.id', 'd.product_id')
    .leftJoin('organisation as b', 'b.id', 'd.brand_company_id')
    .select([
      'p.code as product_code',
      'd.quantity',
      'd.last_year_volume',
      'd.group_key',
      'd.reason',
      'b.uscc as brand_uscc',
    ])
    .where('d.round_id', '=', roundId)
    .where('d.hospital_id', '=', hospitalId)
    .orderBy('p.code')
    .orderBy(sql`b.uscc nulls first`)
    .orderBy('d.group_key')
    .execute();
}

/**
 * The hospital's rounds: every published round of its region whose demand window is open, and
 * every round it has reported in; newest first, with its own lines counted by status.
 */
export function pageOwnRounds(db: Q, hospitalId: string, regionCode: string | null, page: Page) {
  const query = db
    .selectFrom('round as r')
    .select([
      'r.id',
      'r.code',
      'r.name',
      'r.state',
      'r.demand_opens_at',
      'r.demand_closes_at',
      instantKey('r.created_at').as('created_key'),
      sql<string>`(select count(*) from product p where p.round_id = r.id)`.as('products'),
      sql<string>`(select count(*) from demand_report d where d.round_id = r.id and d.hospital_id = ${hospitalId}::uuid)`.as(
        'lines',
      ),
      sql<string>`(select count(*) from demand_report d where d.round_id = r.id and d.hospital_id = ${hospitalId}::uuid and d.status = 'returned')`.as(
        'returned',
      ),
      sql<string>`(select count(*) from demand_report d where d.round_id = r.id and d.hospital_id = ${hospitalId}::uuid and d.status = 'approved')`.as(
        'approved',
      ),
    ])
    .where('r.state', '<>', 'draft')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('r.state', '=', 'demand-open'),
          sql<boolean>`exists (select 1 from round_region g where g.round_id = r.id and g.region_code = ${regionCode ?? ''})`,
        ]),
        sql<boolean>`exists (select 1 from demand_report d where d.round_id = r.id and d.hospital_id = ${hospitalId}::uuid)`,
      ]),
    );
  type Row = Awaited<ReturnType<typeof query.executeTakeFirstOrThrow>>;
  return keysetPage(
    query,
    [
      { sql: instantKey('r.created_at'), of: (r: Row) => r.created_key, desc: true },
      key<Row>('r.id', (r) => r.id, true),
    ],
    page,
  );
}

/** The hospital's demand lines across rounds, the most recently changed first. */
export function pageOwnHistory(
  db: Q,
  hospitalId: string,
  filter: { status?: DemandStatus | undefined; roundId?: string | undefined },
  page: Page,
) {
  const query = db
    .selectFrom('demand_report as d')
    .innerJoin('product as p', 'p.id', 'd.product_id')
    .innerJoin('round as r', 'r.id', 'd.round_id')
    .leftJoin('organisation as b', 'b.id', 'd.brand_company_id')
    .select([
      'd.id',
      'd.round_id',
      'r.code as round_code',
      'r.name as round_name',
      'p.code as product_code',
      'p.name as product_name',
      'd.quantity',
      'd.last_year_volume',
      'b.name as brand_company_name',
      'd.group_key',
      'd.status',
      'd.reviewer_comment',
      'd.submitted_at',
      'd.reviewed_at',
      'd.updated_at',
      instantKey('d.updated_at').as('updated_key'),
    ])
    .where('d.hospital_id', '=', hospitalId)
    .$if(filter.status !== undefined, (q) => q.where('d.status', '=', filter.status as DemandStatus))
    .$if(filter.roundId !== undefined, (q) => q.where('d.round_id', '=', filter.roundId as string));
  type Row = Awaited<ReturnType<typeof query.executeTakeFirstOrThrow>>;
  return keysetPage(
    query,
    [
      { sql: instantKey('d.updated_at'), of: (r: Row) => r.updated_key, desc: true },
      key<Row>('d.id', (r) => r.id, true),
    ],
    page,
  );
}

/** One line's owner and region, to judge who may read its trail. */
export function findReportOwner(db: Q, roundId: string, reportId: string) {
  return db
    .selectFrom('demand_report')
    .select(['id', 'hospital_id', 'region_code'])
    .where('round_id', '=', roundId)
    .where('id', '=', reportId)
    .executeTakeFirst();
}

/** A line's trail, oldest first, with who acted (the reviewer's organisation) where known. */
export function listReportEvents(db: Q, reportId: string) {
  return db
    .selectFrom('demand_report_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .select([
      'e.id',
      'e.kind',
      'e.quantity',
      'e.last_year_volume',
      'e.reason',
      'e.comment',
      'e.at',
      'o.name as actor_organisation',
    ])
    .where('e.report_id', '=', reportId)
    .orderBy('e.id')
    .execute();
}

/** The companies a hospital may name as a line's brand: every company of the platform, by name. */
export function listBrandCompanies(db: Q) {
  return db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('kind', '=', 'company')
    .orderBy('name')
    .orderBy('id')
    .execute();
}
