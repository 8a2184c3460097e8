import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../test-support/award-fixtures.js';
import { createAgreedRound } from '../test-support/agreement-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;
let products: string[];

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' }); // the round's clock moves into 2027
  world = await createWorld(t);
  roundId = await createAgreedRound(t, world);
  products = (await t.db.selectFrom('product').select('id').where('round_id', '=', roundId).execute()).map(
    (p) => p.id,
  );
}, 120_000);
afterAll(() => t?.close());

const HOSPITALS = [
  ['hosp-bj', 'BJ'],
  ['hosp-tj', 'TJ'],
  ['hosp-sh', 'SH'],
] as const;
const COMPANIES = ['comp-a', 'comp-b'] as const;

const line = fc.record({
  hospital: fc.integer({ min: 0, max: 2 }),
  company: fc.integer({ min: 0, max: 1 }),
  product: fc.nat(),
  packs: fc.integer({ min: 1, max: 5000 }),
  cents: fc.integer({ min: 1, max: 99_999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

/** What the rollup must hold: the purchases themselves, summed, cancelled ones left out. */
async function fromPurchases() {
  const { rows } = await sql<{ key: string; units: string; amount: string; lines: string }>`
    select concat_ws('|', region_code, product_id, company_id, date_trunc('month', ordered_on)::date) as key,
      sum(units)::text as units, sum(amount)::text as amount, count(*)::text as lines
    from purchase where round_id = ${roundId} and status <> 'cancelled' group by 1`.execute(t.db);
  return new Map(rows.map((r) => [r.key, `${r.units}/${Number(r.amount).toFixed(2)}/${r.lines}`]));
}

async function fromRollup() {
  const { rows } = await sql<{ key: string; units: string; amount: string; lines: string }>`
    select concat_ws('|', region_code, product_id, company_id, month) as key,
      units::text, amount::text, lines::text
    from purchase_month where round_id = ${roundId} and (units <> 0 or lines <> 0)`.execute(t.db);
  return new Map(rows.map((r) => [r.key, `${r.units}/${Number(r.amount).toFixed(2)}/${r.lines}`]));
}

describe('the monthly rollup of purchases (kept by triggers on purchase)', () => {
  it('always equals the purchases summed, across multi-row inserts and cancellations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(line, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (statements, cancels) => {
          for (const rows of statements) {
            await t.db
              .insertInto('purchase')
              .values(
                rows.map((r) => {
                  const [login, region] = HOSPITALS[r.hospital]!;
                  const price = (r.cents / 100).toFixed(2);
                  return {
                    round_id: roundId,
                    hospital_id: world[login].organisationId,
                    region_code: region,
                    product_id: products[r.product % products.length]!,
                    company_id: world[COMPANIES[r.company]!].organisationId,
                    spec_code: 'S',
                    packs: r.packs,
                    units: r.packs * 10,
                    pack_price: price,
                    // exact: cents × packs ÷ 100, in integers
                    amount: (BigInt(r.cents) * BigInt(r.packs))
                      .toString()
                      .padStart(3, '0')
                      .replace(/(\d\d)$/, '.$1'),
                    ordered_on: `2027-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
                    source: 'order' as const,
                    status: 'ordered' as const,
                  };
                }),
              )
              .execute();
          }
          const ids = (await t.db.selectFrom('purchase').select('id').orderBy('id').execute()).map(
            (r) => r.id,
          );
          const chosen = cancels.map((n) => ids[n % ids.length]!);
          if (chosen.length > 0)
            await t.db
              .updateTable('purchase')
              .set({ status: 'cancelled' })
              .where('id', 'in', chosen)
              .execute();
          expect(await fromRollup()).toEqual(await fromPurchases());
        },
      ),
      { numRuns: 15 },
    );
  });
});
