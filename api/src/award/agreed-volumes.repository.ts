import { sql, type Insertable, type InferResult, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage, type Page, type SortKey } from '../http/list.js';
import type { AgreedVolumeTable } from './award.table.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** Inserts the lines a thousand at a time (a round's lines can exceed one statement's parameters). */
export async function insertAgreedVolumes(trx: Trx, rows: readonly Insertable<AgreedVolumeTable>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('agreed_volume')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
}

/** Whose lines a reader sees: one hospital's, one company's, or (neither given) all. */
export interface AgreedVolumeScope {
  readonly hospitalId?: string;
  readonly companyId?: string;
}

function agreedVolumeLines(db: Q, roundId: string, scope: AgreedVolumeScope) {
  let query = db
    .selectFrom('agreed_volume as v')
    .innerJoin('product as p', 'p.id', 'v.product_id')
    .innerJoin('organisation as company', 'company.id', 'v.company_id')
    .leftJoin('organisation as hospital', 'hospital.id', 'v.hospital_id')
    .leftJoin('region', 'region.code', 'hospital.region_code')
    .select([
      'p.code as product_code',
      'p.name as product_name',
      'v.group_key',
      'v.hospital_id',
      'hospital.name as hospital_name',
      'region.code as region_code',
      'region.name as region_name',
      'v.company_id',
      'company.name as company_name',
      'v.quantity',
    ])
    .where('v.round_id', '=', roundId);
  if (scope.hospitalId !== undefined) query = query.where('v.hospital_id', '=', scope.hospitalId);
  if (scope.companyId !== undefined) query = query.where('v.company_id', '=', scope.companyId);
  return query;
}

export type AgreedVolumeRow = InferResult<ReturnType<typeof agreedVolumeLines>>[number];

/** A page of the round's lines with the names beside the ids, by product, group, hospital, company. */
export function pageAgreedVolumes(db: Q, roundId: string, scope: AgreedVolumeScope, page: Page) {
  // the sort key is non-null, as a keyset needs: a line without group or hospital sorts first
  const keys: SortKey<AgreedVolumeRow>[] = [
    { sql: sql`p.code collate "C"`, of: (r) => r.product_code },
    { sql: sql`coalesce(v.group_key, '')`, of: (r) => r.group_key ?? '' },
    { sql: sql`coalesce(v.hospital_id::text, '')`, of: (r) => r.hospital_id ?? '' },
    { sql: sql`v.company_id::text`, of: (r) => r.company_id },
  ];
  return keysetPage(agreedVolumeLines(db, roundId, scope), keys, page);
}
