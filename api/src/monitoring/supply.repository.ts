import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

export interface HistogramRow {
  readonly company_id: string;
  readonly value: number;
  readonly count: string;
}

/**
 * Per company of the round (or one), the histograms the supply figures are read from
 * (docs/rules.md §12.15), so a company with millions of orders answers a few hundred rows: started hours from order to
 * confirmation, and days from the order day to its first delivery. Platform orders only, not cancelled.
 */
export async function findSupplyHistograms(db: Q, roundId: string, companyId?: string) {
  const company = companyId ? sql`and p.company_id = ${companyId}::uuid` : sql``;
  const [response, delivery, packs] = await Promise.all([
    sql<HistogramRow>`
      select p.company_id, ceil(extract(epoch from p.confirmed_at - p.ordered_at) / 3600)::int as value,
        count(*)::text as count
      from purchase p
      where p.round_id = ${roundId}::uuid and p.source = 'order' and p.status <> 'cancelled'
        and p.confirmed_at is not null ${company}
      group by 1, 2`.execute(db),
    sql<HistogramRow>`
      select company_id, value, count(*)::text as count from (
        select p.company_id, (min(d.delivered_on) - p.ordered_on)::int as value
        from purchase p join delivery d on d.purchase_id = p.id
        where p.round_id = ${roundId}::uuid and p.source = 'order' and p.status <> 'cancelled' ${company}
        group by p.id, p.company_id, p.ordered_on
      ) first_delivery
      group by 1, 2`.execute(db),
    sql<{ company_id: string; company_name: string; ordered_packs: string; accepted_packs: string }>`
      select p.company_id, c.name as company_name, sum(p.packs)::text as ordered_packs,
        coalesce(sum(d.accepted), 0)::text as accepted_packs
      from purchase p
      join organisation c on c.id = p.company_id
      left join lateral (
        select sum(accepted_packs) as accepted from delivery where purchase_id = p.id
      ) d on true
      where p.round_id = ${roundId}::uuid and p.source = 'order' and p.status <> 'cancelled' ${company}
      group by p.company_id, c.name
      order by c.name`.execute(db),
  ]);
  return { response: response.rows, delivery: delivery.rows, packs: packs.rows };
}
