import { shanghaiInstant } from '@jicai/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';

type Trx = Transaction<Database>;

const nextMonth = (month: string) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The winners' month-end stock reports (库存, issue 12.4) for every full month of the cycle before
 * today: on the 5th of the next month, each product a company supplies at a stock of about two weeks
 * of its agreed volume; the last company by name reported the month before last on the 14th (late) and
 * the second-to-last not at all (missing), so the office's dashboard has lateness to show.
 */
export async function seedInventoryReports(trx: Trx, roundId: string, today: string) {
  const lines = await trx
    .selectFrom('agreement as a')
    .innerJoin('agreement_line as l', 'l.agreement_id', 'a.id')
    .innerJoin('organisation as c', 'c.id', 'a.company_id')
    .select([
      'a.company_id',
      'c.name',
      'l.product_id',
      sql<string>`min(l.cycle_start)`.as('cycle_start'),
      sql<string>`sum(l.agreed_volume / l.units_per_pack)::bigint::text`.as('packs'),
    ])
    .where('a.round_id', '=', roundId)
    .groupBy(['a.company_id', 'c.name', 'l.product_id'])
    .orderBy('c.name')
    .execute();
  const companies = [...new Set(lines.map((l) => l.company_id))];
  const late = companies.at(-1);
  const missing = companies.at(-2);
  const current = today.slice(0, 7);
  const rows = [];
  for (const line of lines) {
    const months: string[] = [];
    for (let m = line.cycle_start.slice(0, 7); nextMonth(m) <= current; m = nextMonth(m)) months.push(m);
    for (const [i, month] of months.entries()) {
      // the month before last: its due day (the 10th of last month) has passed whatever today is
      const marked = i === months.length - 2;
      if (marked && line.company_id === missing) continue;
      const reportedOn = `${nextMonth(month)}-${marked && line.company_id === late ? '14' : '05'}`;
      if (reportedOn > today) continue;
      rows.push({
        round_id: roundId,
        company_id: line.company_id,
        product_id: line.product_id,
        region_code: null,
        month: `${month}-01`,
        stock_packs: Math.max(1, Math.round(Number(line.packs) / 26)),
        reported_at: shanghaiInstant(reportedOn, '10:00'),
      });
    }
  }
  if (rows.length > 0) await trx.insertInto('inventory_report').values(rows).execute();
}
