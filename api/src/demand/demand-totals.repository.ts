import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

export function sumDemandTotals(db: Q, roundId: string) {
  return db
    .selectFrom('demand_report as d')
    .innerJoin('product as p', 'p.id', 'd.product_id')
    .select([
      'p.id as product_id',
      'p.code as product_code',
      'd.region_code',
      sql<string>`sum(d.quantity)`.as('reported_quantity'),
      sql<string>`coalesce(sum(d.quantity) filter (where d.status = 'approved'), 0)`.as('approved_quantity'),
      sql<string>`count(distinct d.hospital_id)`.as('hospitals'),
      sql<string>`count(*)`.as('reports'),
      sql<string>`count(*) filter (where d.status = 'approved')`.as('approved'),
      sql<string>`count(*) filter (where d.status in ('submitted', 'returned'))`.as('pending'),
    ])
    .where('d.round_id', '=', roundId)
    .groupBy(['p.id', 'p.code', 'd.region_code'])
    .orderBy('p.code')
    .orderBy('d.region_code')
    .execute();
}

/** Approved lines in the evaluation's order: product, region, hospital, brand (generic first). */
export function listApprovedLines(db: Q, roundId: string) {
  return db
    .selectFrom('demand_report as d')
    .innerJoin('product as p', 'p.id', 'd.product_id')
    .select([
      'd.hospital_id',
      'd.region_code',
      'd.product_id',
      'd.quantity',
      'd.brand_company_id',
      'd.last_year_volume',
      'd.group_key',
    ])
    .where('d.round_id', '=', roundId)
    .where('d.status', '=', 'approved')
    .orderBy(sql`p.code collate "C"`)
    .orderBy('d.region_code')
    .orderBy('d.hospital_id')
    .orderBy(sql`d.brand_company_id nulls first`)
    .execute();
}
