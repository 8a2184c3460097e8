import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDueRounds } from '../scheduler/round-scheduler.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { testApi } from '../test-support/api-client.js';
import { NATIONAL_ROUND, nationalProducts, seedNationalIfMissing } from './demo-national.js';
import { seedDemoIfEmpty } from './demo-seed.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await seedDemoIfEmpty(t.db);
  await seedNationalIfMissing(t.db, t.deps.signer);
}, 120_000);
afterAll(() => t.close());

describe('the national-size demo round (DEMO_NATIONAL=1)', () => {
  it('has 65 distinct products, about 800 opened bids, every region, and is evaluated', async () => {
    expect(new Set(nationalProducts().map((p) => p.code)).size).toBe(65);
    const round = await t.db
      .selectFrom('round')
      .select(['id', 'state'])
      .where('code', '=', NATIONAL_ROUND.code)
      .executeTakeFirstOrThrow();
    expect(round.state).toBe('evaluated');
    const count = async (table: 'opened_bid' | 'product' | 'round_region') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('round_id', '=', round.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('product')).toBe(65);
    expect(await count('round_region')).toBe(32);
    const bids = await count('opened_bid');
    expect(bids).toBeGreaterThanOrEqual(780);
    expect(bids).toBeLessThanOrEqual(900);
    const { data } = await testApi(t, {}).GET('/rounds/{roundId}/evaluation/result', {
      params: { path: { roundId: round.id }, query: { view: 'summary' } },
    });
    expect((data?.products as unknown[]).length).toBe(65);
  });

  it('is made once, and the scheduler leaves it where it is', async () => {
    await seedNationalIfMissing(t.db, t.deps.signer);
    await sweepDueRounds(t.db);
    const rounds = await t.db
      .selectFrom('round')
      .select('state')
      .where('code', '=', NATIONAL_ROUND.code)
      .execute();
    expect(rounds).toEqual([{ state: 'evaluated' }]);
  });
});
