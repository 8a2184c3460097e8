import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../test-support/award-fixtures.js';
import { createIssuedRound } from '../test-support/backup-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { seedExecutionFailures } from './demo-execution-failures.js';
import { DEMO_ROUNDS, seedDemoIfEmpty } from './demo-seed.js';

let t: TestContext;
let world: World;
let roundId: string;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createIssuedRound(t, world);
}, 90_000);
afterAll(() => t?.close());

describe('the demo’s execution failures', () => {
  it('activate one backup outside the demo logins’ regions, delist a company that did not bid, apply the listing', async () => {
    await t.db.transaction().execute((trx) => seedExecutionFailures(trx, roundId, world.office1.userId));
    const activations = await t.db
      .selectFrom('backup_activation')
      .select(['region_codes', 'violation_listed'])
      .execute();
    expect(activations).toEqual([{ region_codes: ['TJ'], violation_listed: false }]);
    const listings = await t.db
      .selectFrom('listing')
      .select(['status', 'winner'])
      .orderBy('status')
      .execute();
    expect(listings).toEqual([
      { status: 'delisted', winner: false },
      { status: 'listed', winner: true },
      { status: 'listed', winner: true },
    ]);
  });
});

describe('NVBP5-DEMO', () => {
  it('has one backup activation, a delisted company and the listing applied', async () => {
    const demo = await createTestContext();
    try {
      await seedDemoIfEmpty(demo.db, demo.deps.signer);
      const round = await demo.db
        .selectFrom('round')
        .select('id')
        .where('code', '=', DEMO_ROUNDS.execution)
        .executeTakeFirstOrThrow();
      const activations = await demo.db
        .selectFrom('backup_activation')
        .select(['round_id', 'region_codes', 'decision'])
        .execute();
      expect(activations).toHaveLength(1);
      expect(activations[0]?.round_id).toBe(round.id);
      expect(activations[0]?.region_codes).not.toContain('BJ');
      expect((activations[0]?.decision as { lines: unknown[] }).lines.length).toBeGreaterThan(0);
      const listings = await demo.db.selectFrom('listing').select(['status', 'winner']).execute();
      expect(listings.filter((l) => l.status === 'delisted')).toHaveLength(1);
      expect(listings.filter((l) => l.winner && l.status === 'listed').length).toBeGreaterThanOrEqual(2);
    } finally {
      await demo.close();
    }
  }, 120_000);
});
