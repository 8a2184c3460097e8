import { DEMAND_OUTLIER_ABOVE, DEMAND_OUTLIER_BELOW } from '@jicai/domain';
import { sql, type Expression, type SqlBool, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { instantKey, key, keysetPage, type Page, type SortKey } from '../http/list.js';
import type { DemandStatus } from './demand.table.js';
import type { QueueSort } from './demand-queue.schema.js';

type Q = Kysely<Database>;

/**
 * The review thresholds in SQL, as exact numeric comparisons of the domain's decimal constants
 * (one place: domain/src/volume/demand-outlier.ts). No last year's volume: never an outlier.
 */
const above = (d: string) =>
  sql<SqlBool>`(${sql.ref(`${d}.last_year_volume`)} is not null and ${sql.ref(`${d}.quantity`)}::numeric > ${DEMAND_OUTLIER_ABOVE}::numeric * ${sql.ref(`${d}.last_year_volume`)})`;
const below = (d: string) =>
  sql<SqlBool>`(${sql.ref(`${d}.last_year_volume`)} is not null and ${sql.ref(`${d}.quantity`)}::numeric < ${DEMAND_OUTLIER_BELOW}::numeric * ${sql.ref(`${d}.last_year_volume`)})`;
const OUTLIER_SQL: Record<'any' | 'above' | 'below', Expression<SqlBool>> = {
  any: sql<SqlBool>`(${above('d')} or ${below('d')})`,
  above: above('d'),
  below: below('d'),
};

/** `%` and `_` typed by a clerk are letters, not wildcards */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface QueueFilterSql {
  readonly status?: DemandStatus | undefined;
  readonly productCode?: string | undefined;
  readonly q?: string | undefined;
  readonly outlier?: 'any' | 'above' | 'below' | undefined;
  readonly sort: QueueSort;
}

/** The queue's rows before paging (exported for the plan test, which EXPLAINs it). */
export function queueRows(db: Q, roundId: string, regionCode: string | null, filter: QueueFilterSql) {
  return db
    .selectFrom('demand_report as d')
    .innerJoin('product as p', 'p.id', 'd.product_id')
    .innerJoin('organisation as i', 'i.id', 'd.hospital_id')
    .leftJoin('organisation as b', 'b.id', 'd.brand_company_id')
    .selectAll('d')
    .select([
      'p.code as product_code',
      'p.name as product_name',
      'i.name as hospital_name',
      'b.name as brand_company_name',
      instantKey('d.submitted_at').as('submitted_key'),
    ])
    .where('d.round_id', '=', roundId)
    .$if(regionCode !== null, (q) => q.where('d.region_code', '=', regionCode as string))
    .$if(filter.status !== undefined, (q) => q.where('d.status', '=', filter.status as DemandStatus))
    .$if(filter.productCode !== undefined, (q) => q.where('p.code', '=', filter.productCode as string))
    .$if(filter.q !== undefined, (q) =>
      q.where(sql<SqlBool>`i.name ilike ${containsPattern(filter.q as string)}`),
    )
    .$if(filter.outlier !== undefined, (q) => q.where(OUTLIER_SQL[filter.outlier as 'any']));
}
export type QueueRow = Awaited<ReturnType<ReturnType<typeof queueRows>['executeTakeFirstOrThrow']>>;

const byId = key<QueueRow>('d.id', (r) => r.id);
export const SORT_KEYS: Record<QueueSort, readonly SortKey<QueueRow>[]> = {
  // oldest first: a queue is worked in the order it arrived
  submitted: [key<QueueRow>('d.submitted_at', (r) => r.submitted_key), byId],
  hospital: [
    key<QueueRow>('i.name', (r) => r.hospital_name),
    key<QueueRow>('p.code', (r) => r.product_code),
    byId,
  ],
  product: [
    key<QueueRow>('p.code', (r) => r.product_code),
    key<QueueRow>('i.name', (r) => r.hospital_name),
    byId,
  ],
};

/** A page of one region's (null: every region's) reports in a round, filtered and ordered as the reviewer asked. */
export function pageQueue(
  db: Q,
  roundId: string,
  regionCode: string | null,
  filter: QueueFilterSql,
  page: Page,
) {
  return keysetPage(queueRows(db, roundId, regionCode, filter), SORT_KEYS[filter.sort], page);
}

/**
 * The published rounds with reports from this region, newest first, with the region's counts by
 * status. The counts are one index lookup per round (demand_report_review_queue), not a scan.
 */
export function reviewRoundsQuery(db: Q, regionCode: string) {
  return (
    db
      .selectFrom('round as r')
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom('demand_report as d')
            .select([
              sql<string>`count(*) filter (where d.status = 'submitted')`.as('pending'),
              sql<string>`count(*) filter (where d.status = 'approved')`.as('approved'),
              sql<string>`count(*) filter (where d.status = 'returned')`.as('returned'),
              sql<string>`count(*)`.as('reports'),
            ])
            .whereRef('d.round_id', '=', 'r.id')
            .where('d.region_code', '=', regionCode)
            .as('c'),
        (join) => join.onTrue(),
      )
      .select([
        'r.id',
        'r.code',
        'r.name',
        'r.state',
        'r.demand_closes_at',
        'c.pending',
        'c.approved',
        'c.returned',
      ])
      .select((eb) =>
        eb.selectFrom('region').select('region.name').where('region.code', '=', regionCode).as('region_name'),
      )
      .where('r.published_at', 'is not', null)
      // only the rounds the region takes part in are looked into (round_region's key), each by index
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('round_region as rr')
            .select('rr.region_code')
            .whereRef('rr.round_id', '=', 'r.id')
            .where('rr.region_code', '=', regionCode),
        ),
      )
      .where('c.reports', '>', '0')
      .orderBy('r.created_at', 'desc')
      .orderBy('r.code')
  );
}

export const listReviewRounds = (db: Q, regionCode: string) => reviewRoundsQuery(db, regionCode).execute();

/**
 * One region's demand by product against last year: every product of the round (none reported: zeros),
 * what was reported and approved, the sum of last year's volumes the reports give, and how many
 * reports are outliers. `comparable_quantity` is the quantity of the reports that give last year's
 * volume, the one figure that can be set against it.
 */
export function regionTotalsQuery(db: Q, roundId: string, regionCode: string | null) {
  return db
    .selectFrom('product as p')
    .leftJoin('demand_report as d', (join) =>
      join
        .onRef('d.product_id', '=', 'p.id')
        .on('d.round_id', '=', roundId)
        .$call((j) => (regionCode === null ? j : j.on('d.region_code', '=', regionCode))),
    )
    .select([
      'p.id as product_id',
      'p.code as product_code',
      'p.name as product_name',
      sql<string>`count(d.id)`.as('reports'),
      sql<string>`count(*) filter (where d.status = 'submitted')`.as('pending'),
      sql<string>`count(*) filter (where d.status = 'approved')`.as('approved'),
      sql<string>`count(*) filter (where d.status = 'returned')`.as('returned'),
      sql<string>`coalesce(sum(d.quantity), 0)`.as('reported_quantity'),
      sql<string>`coalesce(sum(d.quantity) filter (where d.status = 'approved'), 0)`.as('approved_quantity'),
      sql<string>`coalesce(sum(d.last_year_volume), 0)`.as('last_year_volume'),
      sql<string>`coalesce(sum(d.quantity) filter (where d.last_year_volume is not null), 0)`.as(
        'comparable_quantity',
      ),
      sql<string>`count(*) filter (where ${above('d')} or ${below('d')})`.as('outlier_reports'),
    ])
    .where('p.round_id', '=', roundId)
    .groupBy(['p.id', 'p.code', 'p.name'])
    .orderBy(sql`p.code collate "C"`);
}

export const sumRegionTotals = (db: Q, roundId: string, regionCode: string | null) =>
  regionTotalsQuery(db, roundId, regionCode).execute();
