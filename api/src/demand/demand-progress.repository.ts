import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/**
 * Per region of the round: its hospitals, how many of them reported, the reports by review status
 * and the quantities. Every region of the round appears, the silent ones with zeros, so the
 * office sees who has not started.
 */
export function sumDemandProgress(db: Q, roundId: string) {
  return db
    .selectFrom('round_region as rr')
    .innerJoin('region as r', 'r.code', 'rr.region_code')
    .leftJoin('demand_report as d', (join) =>
      join.onRef('d.round_id', '=', 'rr.round_id').onRef('d.region_code', '=', 'rr.region_code'),
    )
    .select([
      'r.code as region_code',
      'r.name as region_name',
      sql<string>`(select count(*) from organisation o where o.kind = 'hospital' and o.region_code = r.code)`.as(
        'hospitals',
      ),
      sql<string>`count(distinct d.hospital_id)`.as('reporting_hospitals'),
      sql<string>`count(d.id) filter (where d.status = 'submitted')`.as('submitted'),
      sql<string>`count(d.id) filter (where d.status = 'approved')`.as('approved'),
      sql<string>`count(d.id) filter (where d.status = 'returned')`.as('returned'),
      sql<string>`coalesce(sum(d.quantity), 0)`.as('reported_quantity'),
      sql<string>`coalesce(sum(d.quantity) filter (where d.status = 'approved'), 0)`.as('approved_quantity'),
    ])
    .where('rr.round_id', '=', roundId)
    .groupBy(['r.code', 'r.name'])
    .orderBy('r.code')
    .execute();
}
