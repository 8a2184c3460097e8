import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** Products of the round by code, for a file of any size: one array parameter, not one per code. */
export function findProductsByCodeArray(db: Q, roundId: string, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('product')
    .select(['id', 'code', 'groups'])
    .where('round_id', '=', roundId)
    .where(sql<boolean>`code = any(${[...codes]}::text[])`)
    .execute();
}

export function findCompaniesByUsccArray(db: Q, usccs: readonly string[]) {
  if (usccs.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('organisation')
    .select(['id', 'uscc'])
    .where('kind', '=', 'company')
    .where(sql<boolean>`uscc = any(${[...usccs]}::text[])`)
    .execute();
}

/** The checked lines of one hospital's import, column by column (same index, same line). */
export interface ImportedLines {
  readonly productIds: string[];
  readonly brandCompanyIds: (string | null)[];
  readonly quantities: number[];
  readonly lastYearVolumes: (number | null)[];
  readonly groups: (string | null)[];
  readonly reasons: (string | null)[];
}

/**
 * Inserts or resubmits every line of an import in one set-based statement (`unnest` of one array
 * per column): the same upsert as `upsertReports` (a resubmission goes back to 'submitted'), at
 * the speed of a bulk load. The file was checked for repeated lines, so no row is hit twice.
 * `written` counts the lines inserted or changed; the others were already as the file says.
 */
export async function upsertImportedLines(
  trx: Q,
  target: { roundId: string; hospitalId: string; regionCode: string },
  lines: ImportedLines,
): Promise<{ written: number; created: number }> {
  const { roundId, hospitalId, regionCode } = target;
  const result = await sql<{ written: string; created: string }>`
    with line as (
      select * from unnest(
        ${lines.productIds}::uuid[], ${lines.brandCompanyIds}::uuid[], ${lines.quantities}::bigint[],
        ${lines.lastYearVolumes}::bigint[], ${lines.groups}::text[], ${lines.reasons}::text[]
      ) as l(product_id, brand_company_id, quantity, last_year_volume, group_key, reason)
    ), now as (select jicai_round_now(${roundId}::uuid) as at), written as (
      insert into demand_report (round_id, product_id, hospital_id, region_code, quantity, brand_company_id,
        last_year_volume, group_key, reason, status, submitted_at, updated_at)
      select ${roundId}::uuid, l.product_id, ${hospitalId}::uuid, ${regionCode}, l.quantity, l.brand_company_id,
        l.last_year_volume, l.group_key, l.reason, 'submitted', now.at, now.at
      from line l cross join now
      on conflict on constraint demand_report_line do update set
        region_code = excluded.region_code, quantity = excluded.quantity,
        last_year_volume = excluded.last_year_volume, group_key = excluded.group_key,
        reason = excluded.reason, status = 'submitted', reviewed_by = null, reviewed_at = null,
        submitted_at = excluded.submitted_at, updated_at = excluded.updated_at
      -- a line the file repeats as it stands is left alone: re-importing the template a hospital
      -- downloaded must not send its approved lines back to review (nor add to their trail)
      where (demand_report.region_code, demand_report.quantity, demand_report.last_year_volume,
          demand_report.group_key, demand_report.reason)
        is distinct from (excluded.region_code, excluded.quantity, excluded.last_year_volume,
          excluded.group_key, excluded.reason)
      returning (xmax = 0) as inserted
    )
    select count(*) as written, count(*) filter (where inserted) as created from written`.execute(trx);
  const row = result.rows[0];
  return { written: Number(row?.written ?? 0), created: Number(row?.created ?? 0) };
}
