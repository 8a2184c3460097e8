import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaderName, waitFor } from '../test-support/cluster-nodes.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { startLeadership, type Leadership } from './leader.js';

let t: TestContext;
let url: string;
beforeAll(async () => {
  t = await createTestContext();
  url = t.url;
});
afterAll(() => t.close());

/** A candidate whose duties count how many of them run at once, across candidates. */
function candidate(node: string, running: { now: number; most: number; starts: string[] }): Leadership {
  return startLeadership({
    url,
    node,
    checkMs: 100,
    log: () => {},
    lead: () => {
      running.now += 1;
      running.most = Math.max(running.most, running.now);
      running.starts.push(node);
      return {
        async stop() {
          running.now -= 1;
        },
      };
    },
  });
}

describe('the leader lock', () => {
  it('runs the duties on one node at a time; a leader whose session is cut stops them and another takes over', async () => {
    const running = { now: 0, most: 0, starts: [] as string[] };
    const a = candidate('a', running);
    await waitFor(async () => a.leading, 5_000);
    const b = candidate('b', running);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(b.leading).toBe(false);
    expect(await leaderName(t.db)).toBe('jicai leader a');

    // the leader's session ends under it (a failover of the database, a network cut)
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'jicai leader a'`.execute(
      t.db,
    );
    // a new term starts (a again, or b), never beside the old one
    await waitFor(async () => running.starts.length >= 2, 5_000);
    expect(a.leading !== b.leading).toBe(true);
    expect(running.most).toBe(1);

    // stopping the leader frees the lock for the other at once
    const leader = a.leading ? a : b;
    const other = leader === a ? b : a;
    await leader.stop();
    await waitFor(async () => other.leading, 5_000);
    expect(running.most).toBe(1);
    await other.stop();
    expect(running.now).toBe(0);
    expect(await leaderName(t.db)).toBeNull();
  }, 30_000);
});
