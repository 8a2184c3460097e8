import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DemandStatus } from './demand.table.js';
import { key, keysetPage, type Page } from '../http/list.js';

type Q = Kysely<Database>;

/** Whose lines a reader may see: the office all, a region bureau its region, a hospital its own. */
export type DemandScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'region'; readonly regionCode: string }
  | { readonly kind: 'hospital'; readonly hospitalId: string };

/**
 * The round as demand writers see it, share-locked: hospitals and reviewers write side by side, while
 * the scheduler's or the office's state change (FOR UPDATE) waits for them, and they for it.
 */
export function findRoundForDemandWrite(trx: Q, roundId: string) {
  return trx
    .selectFrom('round')
    .select([
      'id',
      'state',
      'ruleset_frozen',
      'demand_closes_at',
      sql<boolean>`coalesce(jicai_round_now(id) >= demand_closes_at, false)`.as('deadline_passed'),
    ])
    .where('id', '=', roundId)
    .forShare()
    .executeTakeFirst();
}

export function findRound(db: Q, roundId: string) {
  return db.selectFrom('round').select(['id', 'state']).where('id', '=', roundId).executeTakeFirst();
}

export async function isRegionInRound(db: Q, roundId: string, regionCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('round_region')
    .select('region_code')
    .where('round_id', '=', roundId)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  return row !== undefined;
}

export function findProductsByCodes(db: Q, roundId: string, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('product')
    .select(['id', 'code', 'groups'])
    .where('round_id', '=', roundId)
    .where('code', 'in', codes)
    .execute();
}

export function findCompaniesByIds(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(['id', 'uscc'])
    .where('kind', '=', 'company')
    .where('id', 'in', ids)
    .execute();
}

export interface DemandWrite {
  readonly roundId: string;
  readonly productId: string;
  readonly hospitalId: string;
  readonly regionCode: string;
  readonly quantity: number;
  readonly brandCompanyId: string | null;
  readonly lastYearVolume: number | null;
  readonly group: string | null;
  readonly reason: string | null;
}

/**
 * Insert or resubmit lines (key: round, product, hospital, brand). A resubmission goes back to
 * 'submitted' for review again; the reviewer's last comment stays for the hospital to read.
 */
export function upsertReports(trx: Q, lines: readonly DemandWrite[]) {
  return trx
    .insertInto('demand_report')
    .values(
      lines.map((l) => ({
        round_id: l.roundId,
        product_id: l.productId,
        hospital_id: l.hospitalId,
        region_code: l.regionCode,
        quantity: l.quantity,
        brand_company_id: l.brandCompanyId,
        last_year_volume: l.lastYearVolume,
        group_key: l.group,
        reason: l.reason,
        status: 'submitted' as const,
        submitted_at: sql<Date>`jicai_round_now(${l.roundId}::uuid)`,
        updated_at: sql<Date>`jicai_round_now(${l.roundId}::uuid)`,
      })),
    )
    .onConflict((oc) =>
      oc.constraint('demand_report_line').doUpdateSet((eb) => ({
        region_code: eb.ref('excluded.region_code'),
        quantity: eb.ref('excluded.quantity'),
        last_year_volume: eb.ref('excluded.last_year_volume'),
        group_key: eb.ref('excluded.group_key'),
        reason: eb.ref('excluded.reason'),
        status: 'submitted' as const,
        reviewed_by: null,
        reviewed_at: null,
        submitted_at: eb.ref('excluded.submitted_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returning(['id', sql<boolean>`xmax = 0`.as('inserted')])
    .execute();
}

export function findLineStatus(
  trx: Q,
  roundId: string,
  productId: string,
  hospitalId: string,
  brandCompanyId: string | null,
) {
  return trx
    .selectFrom('demand_report')
    .select(['id', 'status'])
    .where('round_id', '=', roundId)
    .where('product_id', '=', productId)
    .where('hospital_id', '=', hospitalId)
    .where((eb) =>
      brandCompanyId === null
        ? eb('brand_company_id', 'is', null)
        : eb('brand_company_id', '=', brandCompanyId),
    )
    .forUpdate()
    .executeTakeFirst();
}

function selectReports(db: Q) {
  return db
    .selectFrom('demand_report as d')
    .innerJoin('product as p', 'p.id', 'd.product_id')
    .innerJoin('organisation as i', 'i.id', 'd.hospital_id')
    .leftJoin('organisation as b', 'b.id', 'd.brand_company_id')
    .selectAll('d')
    .select(['p.code as product_code', 'i.name as hospital_name', 'b.name as brand_company_name']);
}
export type DemandReportRow = Awaited<
  ReturnType<ReturnType<typeof selectReports>['executeTakeFirstOrThrow']>
>;

export function findReportsByIds(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectReports(db).where('d.id', 'in', ids).orderBy('p.code').orderBy('d.id').execute();
}

export function listReports(
  db: Q,
  roundId: string,
  scope: DemandScope,
  filter: { status?: DemandStatus | undefined; productCode?: string | undefined },
  page: Page,
) {
  const query = selectReports(db)
    .where('d.round_id', '=', roundId)
    .$if(scope.kind === 'region', (q) =>
      q.where('d.region_code', '=', scope.kind === 'region' ? scope.regionCode : ''),
    )
    .$if(scope.kind === 'hospital', (q) =>
      q.where('d.hospital_id', '=', scope.kind === 'hospital' ? scope.hospitalId : ''),
    )
    .$if(filter.status !== undefined, (q) => q.where('d.status', '=', filter.status as DemandStatus))
    .$if(filter.productCode !== undefined, (q) => q.where('p.code', '=', filter.productCode as string));
  const keys = [
    key<DemandReportRow>('p.code', (r) => r.product_code),
    key<DemandReportRow>('d.region_code', (r) => r.region_code),
    key<DemandReportRow>('i.name', (r) => r.hospital_name),
    key<DemandReportRow>('d.id', (r) => r.id),
  ];
  return keysetPage(query, keys, page);
}
