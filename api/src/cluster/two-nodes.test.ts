import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldSeals } from '../audit/verify-seals.js';
import { verifyReceipt, type BidReceipt } from '../bids/bid-receipt.js';
import { loadOrCreateSigner } from '../sealing/platform-signer.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { leaderName, sendBid, waitFor, type BidAttempt } from '../test-support/cluster-nodes.js';
import {
  exited,
  killAllPlatforms,
  runStartToRefusal,
  spawnPlatform,
  type PlatformProcess,
} from '../test-support/platform-process.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

// Two platform nodes (processes on their own ports, standing for two hosts) over one PostgreSQL.
let t: TestContext;
let w: BidWorld;
let databaseUrl: string;
let dataDir: string;
let otherDataDir: string;

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 40, products: ['P1', 'P2', 'P3'] });
  databaseUrl = t.url;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-nodes-'));
  otherDataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-nodes-other-'));
});
afterAll(async () => {
  killAllPlatforms();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(otherDataDir, { recursive: true, force: true });
  await t.close();
});

/** A node: DATA_DIR shared by both (one platform key, as docs/operations.md tells every node to have). */
const startNode = (name: string, dir = dataDir) =>
  spawnPlatform({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dir,
    NODE_NAME: name,
    SCHEDULER_INTERVAL_S: '0.2',
    AUDIT_SEAL_INTERVAL_S: '1',
    LEADER_CHECK_S: '0.3',
  });

describe('two nodes over one PostgreSQL', () => {
  let a: PlatformProcess;
  let b: PlatformProcess;

  it('a node whose platform key differs from the database’s refuses to start, in one line', async () => {
    a = await startNode('node-a');
    const refused = await runStartToRefusal({ DATABASE_URL: databaseUrl, DATA_DIR: otherDataDir });
    expect(refused.code).toBe(2);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/platform signing key .* not the one the database already uses/);
    expect(lines[0]).toContain('first used by node node-a');
    expect(lines[0]).toContain('PLATFORM_SIGNING_KEY');
  }, 60_000);

  it('one leader at a time; kill -9 of the leader mid-burst loses no acknowledged bid, writes no seal twice, and the other node takes over the scheduler', async () => {
    b = await startNode('node-b');
    await waitFor(async () => (await leaderName(t.db)) === 'jicai leader node-a', 10_000);
    const sealsBefore = await countSeals();

    const attempts: BidAttempt[] = w.companies.flatMap((company) =>
      ['P1', 'P2', 'P3'].map((product) => ({ company, product, key: randomUUID() })),
    );
    const acked = new Map<number, BidReceipt>();
    let next = 0;
    let killed = false;
    let killedAt = 0;
    // a load balancer's view: alternate nodes; a request that dies with node A is retried on node B
    const client = async (n: number) => {
      while (next < attempts.length) {
        const i = next++;
        const attempt = attempts[i] as BidAttempt;
        const first = n % 2 === 0 && !killed ? a : b;
        const outcome = await sendBid(first.url, w.roundId, attempt).catch(() => null);
        const settled = outcome ?? (await sendBid(b.url, w.roundId, attempt).catch(() => null));
        if (settled?.status === 200) acked.set(i, settled.receipt);
        if (acked.size >= 30 && !killed) {
          killed = true;
          killedAt = Date.now();
          a.child.kill('SIGKILL'); // the leader, with requests in flight on both nodes
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, (_, n) => client(n)));
    await exited(a.child);
    expect(killed).toBe(true);

    // no acknowledged bid lost: each receipt verifies and is what the database holds
    const signer = loadOrCreateSigner(dataDir);
    const stored = await storedCommitments();
    for (const [i, receipt] of acked) {
      expect(verifyReceipt(signer, receipt)).toBe(true);
      expect(stored.get(pairOf(attempts[i] as BidAttempt))).toBe(receipt.commitment);
    }
    // retried through node B with the same idempotency keys: the same receipts, one bid per pair
    const retried = await Promise.all(attempts.map((attempt) => sendBid(b.url, w.roundId, attempt)));
    retried.forEach(({ status, receipt }, i) => {
      expect(status).toBe(200);
      const before = acked.get(i);
      if (before) expect(receipt).toEqual(before);
    });
    expect((await storedCommitments()).size).toBe(attempts.length);

    // node B takes the lead within seconds, seals, and runs the scheduler: bidding closes at its deadline
    await waitFor(async () => (await leaderName(t.db)) === 'jicai leader node-b', 10_000);
    const takeoverMs = Date.now() - killedAt;
    expect(takeoverMs).toBeLessThan(10_000);
    await waitFor(async () => (await countSeals()) > sealsBefore + 1, 10_000);
    await t.db
      .updateTable('round')
      .set({ bidding_closes_at: sql<Date>`jicai_now() + interval '1 second'` })
      .where('id', '=', w.roundId)
      .execute();
    await waitFor(async () => (await roundState()) !== 'bidding-open', 10_000);

    // one seal chain: no link written twice, none broken
    const fold = await foldSeals(t.db);
    expect(fold.broken).toBeNull();
    const forks = await sql<{
      n: string;
    }>`select count(*) - count(distinct prev_seal_hash) as n from audit_seal`.execute(t.db);
    expect(forks.rows[0]?.n).toBe('0');
    b.child.kill('SIGKILL');
  }, 120_000);
});

async function countSeals(): Promise<number> {
  const row = await t.db
    .selectFrom('audit_seal')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function roundState(): Promise<string> {
  const row = await t.db
    .selectFrom('round')
    .select('state')
    .where('id', '=', w.roundId)
    .executeTakeFirstOrThrow();
  return row.state;
}

const pairOf = (a: BidAttempt) => `${a.company.organisationId}|${a.product}`;

async function storedCommitments(): Promise<Map<string, string>> {
  const rows = await t.db
    .selectFrom('bid')
    .innerJoin('product', 'product.id', 'bid.product_id')
    .select(['bid.company_id', 'product.code', 'bid.commitment'])
    .where('bid.round_id', '=', w.roundId)
    .execute();
  return new Map(rows.map((r) => [`${r.company_id}|${r.code}`, r.commitment ?? '']));
}
