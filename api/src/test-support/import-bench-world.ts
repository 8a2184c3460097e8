import { findBuiltInRuleset } from '@jicai/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { createOrgUser, ensureRegion } from './fixtures.js';

const HOUR = 3_600_000;

/**
 * For the import benchmark (no vitest here): a round whose demand window is open, with `products`
 * products (codes B000001…, one spec each) written set-based, and `hospitals` hospital users in BJ
 * (logins bench-hosp-1…).
 */
export async function createImportBenchWorld(db: Db, products: number, hospitals: number) {
  await ensureRegion(db, 'BJ', '北京市');
  const office = await createOrgUser(db, 'office', ['office-admin'], 'bench-office');
  const logins: string[] = [];
  for (let i = 1; i <= hospitals; i++)
    logins.push((await createOrgUser(db, 'hospital', ['hospital-user'], `bench-hosp-${i}`, 'BJ')).login);
  const ruleset = findBuiltInRuleset('nvbp-7');
  if (!ruleset) throw new Error('unknown ruleset');
  const now = Date.now();
  const roundId = await db.transaction().execute(async (trx) => {
    const round = await trx
      .insertInto('round')
      .values({
        code: 'BENCH-1',
        name: 'import bench',
        ruleset: JSON.stringify(ruleset.name),
        created_by: office.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('round')
      .set({
        state: 'demand-open',
        ruleset_frozen: JSON.stringify(ruleset),
        published_at: new Date(now - 2 * HOUR),
        demand_opens_at: new Date(now - HOUR),
        demand_closes_at: new Date(now + 24 * HOUR),
        bidding_opens_at: new Date(now + 240 * HOUR),
        bidding_closes_at: new Date(now + 480 * HOUR),
        opening_at: new Date(now + 480 * HOUR),
        objection_working_days: 5,
      })
      .where('id', '=', round.id)
      .execute();
    await trx.insertInto('round_region').values({ round_id: round.id, region_code: 'BJ' }).execute();
    await sql`insert into product (round_id, code, name, form, volume_class, strength_unit, representative_spec_code, groups)
      select ${round.id}::uuid, 'B' || lpad(n::text, 6, '0'), '药品 ' || n, 'oral-solid', 'general', 'mg', 'S1', '{}'
      from generate_series(1, ${products}::int) n`.execute(trx);
    await sql`insert into spec (product_id, code, strength, unit_count, ceiling)
      select id, 'S1', '10', 14, '2.0000' from product where round_id = ${round.id}::uuid`.execute(trx);
    return round.id;
  });
  return { roundId, logins };
}

export const benchProductCode = (n: number) => `B${String(n).padStart(6, '0')}`;
