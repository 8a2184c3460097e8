import { sql, type ControlledTransaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { at, createClosedRound, createWorld, type World } from '../test-support/award-fixtures.js';
import { feedPage, readFeed, readFeedUntil } from '../test-support/ocds-client.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

// The change feed never skips a release: its cursor is on commit order. A transaction that took its
// id first but commits last must still be given out, after the cursor a reader already holds.

let t: TestContext;
let world: World;

beforeAll(async () => {
  t = await createTestContext();
  world = await createWorld(t);
  await setPlatformClock(t.db, at('2027-03-01', '10:00'));
});
afterAll(() => t.close());

const closedRound = async () =>
  (
    await createClosedRound(t, world, {
      ruleset: 'nvbp-7',
      bids: [{ login: 'comp-a', packPrice: '2.80' }],
      demand: [{ hospital: 'hosp-bj', quantity: 1_000 }],
    })
  ).roundId;

/** A transaction held open: it takes its transaction id now, and writes later. */
async function openWriter(): Promise<ControlledTransaction<Database>> {
  const trx = await t.db.startTransaction().execute();
  await sql`select pg_current_xact_id()`.execute(trx);
  return trx;
}

/** A state change that records a release: cancelling the round (in the writer's transaction). */
const cancel = (trx: ControlledTransaction<Database>, roundId: string) =>
  trx.updateTable('round').set({ state: 'cancelled' }).where('id', '=', roundId).execute();

const cancellationOf = (releases: readonly Record<string, any>[], roundId: string) =>
  releases
    .filter((r) => r.id.endsWith('-cancelled') && r.tag.includes('tenderCancellation'))
    .filter((r) => r.ocid.endsWith(roundCodes.get(roundId) as string));
const roundCodes = new Map<string, string>();
async function remember(roundId: string) {
  const row = await t.db
    .selectFrom('round')
    .select('code')
    .where('id', '=', roundId)
    .executeTakeFirstOrThrow();
  roundCodes.set(roundId, row.code);
  return roundId;
}

describe('the OCDS change feed', () => {
  it('gives out a release committed late by an older transaction after the cursor, never behind it', async () => {
    const first = await remember(await closedRound());
    const second = await remember(await closedRound());
    const start = await readFeed(t);

    const older = await openWriter(); // took its id first
    const younger = await openWriter();
    await cancel(younger, second);
    await younger.commit().execute();
    // the older transaction writes after the younger one committed: its row has the higher serial id
    await cancel(older, first);

    // the younger release has committed, but the older transaction is still in flight: handing the
    // younger out now would move the cursor past whatever the older one commits, so it waits
    const meanwhile = await readFeed(t, start.cursor);
    expect(cancellationOf(meanwhile.releases, second)).toEqual([]);
    expect(cancellationOf(meanwhile.releases, first)).toEqual([]);

    await older.commit().execute();
    const after = await readFeedUntil(
      t,
      meanwhile.cursor,
      (releases) => cancellationOf(releases, first).length + cancellationOf(releases, second).length === 2,
    );
    const order = after.releases.map((r) => r.id);
    const olderId = cancellationOf(after.releases, first)[0]?.id;
    const youngerId = cancellationOf(after.releases, second)[0]?.id;
    expect(olderId).toBeDefined();
    expect(youngerId).toBeDefined();
    // commit order as the feed defines it: the older transaction's release first, though written later
    expect(order.indexOf(olderId)).toBeLessThan(order.indexOf(youngerId));
    const serial = await t.db
      .selectFrom('ocds_release')
      .select(['round_id', 'id'])
      .where('stage', '=', 'cancelled')
      .where('round_id', 'in', [first, second])
      .execute();
    const serialOf = (roundId: string) => BigInt(serial.find((s) => s.round_id === roundId)?.id as string);
    // a cursor on the serial id (or on a timestamp taken at statement start) would have skipped it
    expect(serialOf(first) > serialOf(second)).toBe(true);
  });

  it('loses nothing and repeats nothing while many transactions commit out of order', async () => {
    const rounds: string[] = [];
    for (let i = 0; i < 8; i++) rounds.push(await remember(await closedRound()));
    let { cursor } = await readFeed(t);
    const writers = [];
    for (const roundId of rounds) writers.push({ roundId, trx: await openWriter() });
    const seen: Record<string, any>[] = [];
    // each writer writes and commits in a shuffled order, with a reader paging (2 at a time) in between
    const order = [5, 2, 7, 0, 3, 6, 1, 4];
    for (const i of order) {
      const w = writers[i] as (typeof writers)[number];
      await cancel(w.trx, w.roundId);
      await w.trx.commit().execute();
      const page = await feedPage(t, cursor, 2);
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    const isCancellation = (r: Record<string, any>) => r.tag.includes('tenderCancellation');
    const rest = await readFeedUntil(
      t,
      cursor,
      (releases) => [...seen, ...releases].filter(isCancellation).length >= rounds.length,
    );
    seen.push(...rest.releases);
    const cancellations = seen.filter((r) => r.tag.includes('tenderCancellation'));
    expect(cancellations.map((r) => r.ocid).sort()).toEqual(
      rounds.map((id) => `ocds-jicai0-${roundCodes.get(id)}`).sort(),
    );
    expect(new Set(seen.map((r) => `${r.ocid}|${r.id}`)).size).toBe(seen.length);
  });

  it('refuses a cursor it did not give out, as a problem', async () => {
    const res = await t.request('/api/ocds/releases?cursor=bm90LWEtY3Vyc29y');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { code: string }).code).toBe('VALIDATION_FAILED');
  });
});
