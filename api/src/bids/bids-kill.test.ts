import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { loadOrCreateSigner } from '../sealing/platform-signer.js';
import { verifyReceipt, type BidReceipt } from './bid-receipt.js';
import { sendBid, type BidAttempt } from '../test-support/cluster-nodes.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';

let t: TestContext;
let w: BidWorld;
let dataDir: string;
let databaseUrl: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 50, products: ['P1', 'P2', 'P3'] });
  databaseUrl = t.url;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-kill-'));
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await t.close();
});

/**
 * The real server in its own process (same data dir each time: same platform signing key): serving
 * HTTP itself (API_WORKERS=1, the default) or through worker processes as the benchmark runs it.
 */
function startServer(workers: number): Promise<{ child: ChildProcess; url: string }> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.PLATFORM_SIGNING_KEY; // the restarted server must sign with the same key, from DATA_DIR
  Object.assign(env, { DATABASE_URL: databaseUrl, PORT: '0', DATA_DIR: dataDir, NODE_ENV: 'test' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/test-support/test-server-main.ts'], {
    env: { ...env, SCHEDULER_INTERVAL_S: '3600', API_WORKERS: String(workers) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] as string });
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

describe.each([1, 2])('the API process killed mid-burst (API_WORKERS=%i)', (workers) => {
  it('loses no acknowledged bid: after a restart every receipt is stored, and retries complete the rest', async () => {
    const attempts: BidAttempt[] = w.companies.flatMap((company) =>
      ['P1', 'P2', 'P3'].map((product) => ({ company, product, key: randomUUID() })),
    );
    const first = await startServer(workers);
    const acked = new Map<number, BidReceipt>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < attempts.length) {
        const i = next++;
        try {
          const { status, receipt } = await sendBid(first.url, w.roundId, attempts[i] as BidAttempt);
          if (status === 200 && !killed) acked.set(i, receipt);
          if (acked.size >= 40 && !killed) {
            killed = true;
            first.child.kill('SIGKILL'); // mid-burst: other requests are in flight right now
          }
        } catch {
          // the connection died with the process: the outcome is unknown to the client
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(killed).toBe(true);
    expect(acked.size).toBeGreaterThanOrEqual(40);

    const signer = loadOrCreateSigner(dataDir);
    const stored = async () => {
      const rows = await t.db
        .selectFrom('bid')
        .innerJoin('product', 'product.id', 'bid.product_id')
        .select(['bid.company_id', 'product.code', 'bid.commitment'])
        .where('bid.round_id', '=', w.roundId)
        .execute();
      return new Map(rows.map((r) => [`${r.company_id}|${r.code}`, r.commitment]));
    };
    const pair = (a: BidAttempt) => `${a.company.organisationId}|${a.product}`;
    const afterKill = await stored();
    for (const [i, receipt] of acked) {
      expect(verifyReceipt(signer, receipt)).toBe(true);
      expect(afterKill.get(pair(attempts[i] as BidAttempt))).toBe(receipt.commitment);
    }

    const second = await startServer(workers);
    const retried = await Promise.all(attempts.map((a) => sendBid(second.url, w.roundId, a)));
    retried.forEach(({ status, receipt }, i) => {
      expect(status).toBe(200);
      const before = acked.get(i);
      if (before) expect(receipt).toEqual(before);
    });
    const final = await stored();
    expect(final.size).toBe(attempts.length);
    retried.forEach(({ receipt }, i) =>
      expect(final.get(pair(attempts[i] as BidAttempt))).toBe(receipt.commitment),
    );
    second.child.kill('SIGKILL');
  }, 90_000);
});
