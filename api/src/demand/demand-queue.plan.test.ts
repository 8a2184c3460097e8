import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemandRound } from '../test-support/demand-fixtures.js';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { queueRows, regionTotalsQuery, reviewRoundsQuery, SORT_KEYS } from './demand-queue.repository.js';

let t: TestContext;
let roundId: string;
const REGIONS = ['BJ', 'TJ', 'HE', 'SX', 'NM', 'LN', 'JL', 'HL', 'SH', 'JS'];
const HOSPITALS_PER_REGION = 100;
const PRODUCTS = 40;
const LINES_PER_ROUND = REGIONS.length * HOSPITALS_PER_REGION * PRODUCTS;

/**
 * The review queue on a national-size volume: two rounds, each 10 regions × 100 hospitals × 40
 * products = 40,000 lines. The plans are printed (docs/portal.md quotes them) and must read demand_report through
 * its indexes, never a sequential scan of every round's lines.
 */
beforeAll(async () => {
  t = await createTestContext();
  for (const code of REGIONS) await ensureRegion(t.db, code, `区域 ${code}`);
  const office = await createOrgUser(t.db, 'office', ['office-admin'], 'plan-office', null);
  const products = Array.from({ length: PRODUCTS }, (_, i) => ({ code: `P${String(i).padStart(2, '0')}` }));
  const rounds = [];
  for (let i = 0; i < 2; i++)
    rounds.push(
      (await createDemandRound(t.db, { createdBy: office.userId, regions: REGIONS, products })).roundId,
    );
  roundId = rounds[1] as string;
  await sql`
    insert into organisation (kind, name, uscc, region_code)
    select 'hospital', r.code || ' 医院 ' || i, '99' || lpad(r.n::text, 2, '0') || '9999' || lpad(i::text, 10, '0'), r.code
    from unnest(${REGIONS}::text[]) with ordinality as r(code, n), generate_series(1, ${HOSPITALS_PER_REGION}) as i`.execute(
    t.db,
  );
  await sql`
    insert into demand_report (round_id, product_id, hospital_id, region_code, quantity, last_year_volume,
      status, reviewed_at, reviewed_by, submitted_at, updated_at)
    select p.round_id, p.id, o.id, o.region_code, 1000 + (row_number() over ()) % 2500, 1000,
      case when s.k = 0 then 'approved' else 'submitted' end,
      case when s.k = 0 then now() end, case when s.k = 0 then ${office.userId}::uuid end,
      now() - (row_number() over ()) * interval '1 second', now()
    from product p cross join organisation o cross join lateral (select (hashtext(p.id::text || o.id::text) & 3) as k) s
    where p.round_id = any(${rounds}::uuid[]) and o.kind = 'hospital' and o.name like '__ 医院 %'`.execute(
    t.db,
  );
  await sql`analyze demand_report`.execute(t.db);
  await sql`analyze organisation`.execute(t.db);
}, 120_000);
afterAll(() => t.close());

async function planOf(query: { explain(format: 'text'): Promise<Record<string, unknown>[]> }) {
  const rows = await query.explain('text');
  return rows.map((r) => String(Object.values(r)[0])).join('\n');
}

describe('the review queue reads by index on 2 × 40,000 lines (EXPLAIN)', () => {
  it('a page of pending reports, oldest first: the queue index in order, no sort of the region', async () => {
    const rows = await t.db
      .selectFrom('demand_report')
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(2 * LINES_PER_ROUND);
    let q = queueRows(t.db, roundId, 'BJ', { status: 'submitted', sort: 'submitted' });
    for (const k of SORT_KEYS.submitted) q = q.orderBy(k.sql, k.desc ? 'desc' : 'asc');
    const plan = await planOf(q.limit(51));
    console.log(`queue, pending, oldest first:\n${plan}`);
    expect(plan).toContain('demand_report_review_queue');
    expect(plan).not.toMatch(/Seq Scan on demand_report/);
  });

  it('filtered by hospital name and outliers, sorted by hospital: still through the index', async () => {
    let q = queueRows(t.db, roundId, 'BJ', {
      status: 'submitted',
      q: '医院 4',
      outlier: 'any',
      sort: 'hospital',
    });
    for (const k of SORT_KEYS.hospital) q = q.orderBy(k.sql, k.desc ? 'desc' : 'asc');
    const plan = await planOf(q.limit(51));
    console.log(`queue, hospital name + outliers, by hospital:\n${plan}`);
    expect(plan).not.toMatch(/Seq Scan on demand_report/);
  });

  it("the region's totals and the rounds to review: index lookups, not a scan of every line", async () => {
    const totals = await planOf(regionTotalsQuery(t.db, roundId, 'BJ'));
    console.log(`region totals:\n${totals}`);
    expect(totals).not.toMatch(/Seq Scan on demand_report/);
    const rounds = await planOf(reviewRoundsQuery(t.db, 'BJ'));
    console.log(`rounds to review:\n${rounds}`);
    expect(rounds).not.toMatch(/Seq Scan on demand_report/);
  });
});
