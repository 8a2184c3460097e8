import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../test-support/award-fixtures.js';
import { createIssuedRound } from '../test-support/backup-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { seedExecutionFailures } from './demo-execution-failures.js';

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
    expect(activations).toEqual([{ region_codes: ['TJ'], violation_listed: true }]);
    const facts = await t.db
      .selectFrom('company_fact')
      .select(['on_violation_list', 'violation_until'])
      .where('company_id', '=', world['comp-a'].organisationId)
      .executeTakeFirstOrThrow();
    expect(facts.on_violation_list).toBe(true);
    expect(facts.violation_until).toMatch(/^2028-/);
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
