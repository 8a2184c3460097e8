import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** The products the company supplies in the round (it has agreement lines for), by code. */
export function findSuppliedProducts(db: Q, roundId: string, companyId: string) {
  return db
    .selectFrom('product as pr')
    .select(['pr.id', 'pr.code', 'pr.name'])
    .where('pr.round_id', '=', roundId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement as a')
          .innerJoin('agreement_line as l', 'l.agreement_id', 'a.id')
          .select('a.id')
          .where('a.round_id', '=', roundId)
          .where('a.company_id', '=', companyId)
          .whereRef('l.product_id', '=', 'pr.id'),
      ),
    )
    .orderBy(sql`pr.code collate "C"`)
    .execute();
}

/** The companies supplying the round, by name, with the first day of their lines' cycle. */
export function findSuppliers(db: Q, roundId: string, companyId?: string) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('agreement_line as l', 'l.agreement_id', 'a.id')
    .innerJoin('organisation as c', 'c.id', 'a.company_id')
    .select(['a.company_id', 'c.name as company_name', sql<string>`min(l.cycle_start)`.as('cycle_start')])
    .where('a.round_id', '=', roundId)
    .$if(companyId !== undefined, (q) => q.where('a.company_id', '=', companyId ?? ''))
    .groupBy(['a.company_id', 'c.name'])
    .orderBy('c.name')
    .execute();
}

/** A company's month replaced by what it reports now (a report is the month's whole stock list). */
export async function replaceInventory(
  trx: Transaction<Database>,
  report: {
    roundId: string;
    companyId: string;
    month: string;
    by: string;
    items: readonly { productId: string; regionCode: string | null; stockPacks: number }[];
  },
) {
  await trx
    .deleteFrom('inventory_report')
    .where('round_id', '=', report.roundId)
    .where('company_id', '=', report.companyId)
    .where('month', '=', report.month)
    .execute();
  if (report.items.length === 0) return;
  await trx
    .insertInto('inventory_report')
    .values(
      report.items.map((i) => ({
        round_id: report.roundId,
        company_id: report.companyId,
        product_id: i.productId,
        region_code: i.regionCode,
        month: report.month,
        stock_packs: i.stockPacks,
        reported_by: report.by,
      })),
    )
    .execute();
}

/** The round's stock reports (one company's, or all), with the Beijing day each month was reported. */
export function findInventory(db: Q, roundId: string, companyId?: string) {
  return db
    .selectFrom('inventory_report as i')
    .innerJoin('product as pr', 'pr.id', 'i.product_id')
    .select([
      'i.company_id',
      'i.month',
      'i.product_id',
      'pr.code as product_code',
      'pr.name as product_name',
      'i.region_code',
      'i.stock_packs',
      'i.reported_at',
      sql<string>`to_char(i.reported_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`.as('reported_on'),
    ])
    .where('i.round_id', '=', roundId)
    .$if(companyId !== undefined, (q) => q.where('i.company_id', '=', companyId ?? ''))
    .orderBy('i.month')
    .orderBy(sql`pr.code collate "C"`)
    .orderBy(sql`coalesce(i.region_code, '')`)
    .execute();
}
