import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { createMonitoredRound, type MonitoredRound } from '../test-support/monitoring-world.js';
import {
  institutionProgressQuery,
  monthProgressQuery,
  regionProductProgressQuery,
} from './progress.repository.js';

let t: TestContext;
let m: MonitoredRound;
const HOSPITALS = 2_000;
const LINES_PER_HOSPITAL = 30;

/**
 * The hot progress queries on a larger round: 2,000 more BJ hospitals, each with an agreement line of
 * P1 and 30 purchase lines (60,000 purchases). The plans are printed and must never scan purchase or
 * agreement_line: region × product reads the rollups, one institution the purchase_hospital index.
 */
beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  m = await createMonitoredRound(t);
  const a = m.world['comp-a'].organisationId;
  await sql`
    insert into organisation (kind, name, uscc, region_code)
    select 'hospital', '计划医院 ' || i, '98' || lpad(i::text, 16, '0'), 'BJ' from generate_series(1, ${HOSPITALS}) i`.execute(
    t.db,
  );
  await sql`
    insert into agreement (round_id, hospital_id, company_id)
    select ${m.roundId}::uuid, o.id, ${a}::uuid from organisation o where o.name like '计划医院 %'`.execute(
    t.db,
  );
  await sql`
    insert into agreement_line (agreement_id, product_id, spec_code, units_per_pack, pack_price, agreed_volume,
      supply, cycle_start, cycle_end)
    select g.id, ${m.productId}::uuid, 'S1', 14, 2.80, 14000, 'primary', '2027-04-01', '2028-03-31'
    from agreement g join organisation o on o.id = g.hospital_id where o.name like '计划医院 %'`.execute(
    t.db,
  );
  await sql`
    insert into purchase (round_id, hospital_id, region_code, product_id, company_id, agreement_id, spec_code,
      packs, units, pack_price, amount, ordered_on, source, status)
    select g.round_id, g.hospital_id, 'BJ', ${m.productId}::uuid, g.company_id, g.id, 'S1', 10, 140, 2.80, 28.00,
      date '2027-04-01' + (n % 300), 'order', 'confirmed'
    from agreement g join organisation o on o.id = g.hospital_id, generate_series(1, ${LINES_PER_HOSPITAL}) n
    where o.name like '计划医院 %'`.execute(t.db);
  for (const table of [
    'purchase',
    'purchase_month',
    'agreed_total',
    'agreement',
    'agreement_line',
    'organisation',
  ])
    await sql`analyze ${sql.table(table)}`.execute(t.db);
}, 180_000);
afterAll(() => t?.close());

async function planOf(query: RawBuilder<unknown>) {
  const { rows } = await sql<Record<string, string>>`explain ${query}`.execute(t.db);
  return rows.map((r) => String(Object.values(r)[0])).join('\n');
}

describe('the hot progress queries read rollups and indexes (EXPLAIN)', () => {
  it('region × product: the rollups, not a scan of purchases or agreement lines', async () => {
    const rollup = await t.db
      .selectFrom('agreed_total')
      .select(['units', 'lines'])
      .where('round_id', '=', m.roundId)
      .where('region_code', '=', 'BJ')
      .where('company_id', '=', m.world['comp-a'].organisationId)
      .executeTakeFirstOrThrow();
    expect(Number(rollup.lines)).toBe(HOSPITALS + 1);
    const plan = await planOf(regionProductProgressQuery(m.roundId));
    console.log(`region × product:\n${plan}`);
    expect(plan).not.toMatch(/on purchase\b|on agreement_line\b/);
    expect(await planOf(monthProgressQuery(m.roundId, { regionCode: 'BJ' }))).not.toMatch(/on purchase\b/);
  });

  it('one institution: its agreements and the purchase_hospital index', async () => {
    const plan = await planOf(institutionProgressQuery(m.roundId, m.world['hosp-bj'].organisationId));
    console.log(`one institution:\n${plan}`);
    expect(plan).toContain('purchase_hospital');
    expect(plan).not.toMatch(/Seq Scan on (purchase|agreement_line)\b/);
  });
});
