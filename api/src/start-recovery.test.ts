import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBidWorld, type BidWorld } from './test-support/bid-test-world.js';
import { verifyReceipt, type BidReceipt } from './bids/bid-receipt.js';
import { createApiClient } from './client/api-client.js';
import { openEmbeddedDatabase } from './cli/embedded-database.js';
import { loadConfig } from './config.js';
import { createDb } from './db/database.js';
import { startEmbeddedPostgres } from './db/embedded-postgres.js';
import { APP_ROLE, postgresUrl, readState, stateFile, writeState } from './db/embedded-state.js';
import { findPostmaster } from './db/postmaster.js';
import { loadOrCreateSigner } from './sealing/platform-signer.js';
import {
  exited,
  killAllPlatforms,
  killGroup,
  runStartToRefusal,
  spawnPlatform,
  type PlatformProcess,
} from './test-support/platform-process.js';

// issue 8 §4 "start where a newcomer starts", on the embedded database, with real processes: another program
// on the remembered port, a data directory from before random passwords, a server killed as a crash
// would kill it (its PostgreSQL orphaned), its whole process group killed, and the one-line refusals.

let dataDir: string;
let world: BidWorld;
let squatter: Server | null = null;
let crashCount = 0;
let firstPort = 0;

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const env = () => ({ DATA_DIR: dataDir });
const rememberedPort = () => readState(dataDir)?.port as number;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-recover-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir
  // a data directory made before passwords were random: the owner is postgres:postgres, no state file
  writeState(dataDir, { port: null, ownerPassword: 'postgres', appPassword: 'unused' });
  // another instance on the fixed default port 54329 (held here unless something already holds it)
  const other = await listenOn(54329).catch(() => null);
  const legacy = await startEmbeddedPostgres({ dataDir });
  other?.close();
  await legacy.stop();
  firstPort = legacy.port;
  rmSync(stateFile(dataDir));
}, 120_000);
afterAll(async () => {
  killAllPlatforms();
  squatter?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('starting where a newcomer starts', () => {
  it('first start with 54329 taken: a free port instead of a bare `undefined`', () => {
    expect(firstPort).toBeGreaterThan(0);
    expect(firstPort).not.toBe(54329);
  });

  it('moves an old postgres:postgres data directory to a random owner password kept under DATA_DIR', async () => {
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      const state = readState(dataDir);
      expect(state?.ownerPassword).not.toBe('postgres');
      expect(state?.ownerPassword.length).toBeGreaterThanOrEqual(24);
      expect(statSync(stateFile(dataDir)).mode & 0o077).toBe(0);
      const legacy = createDb(postgresUrl('postgres', 'postgres', server.port, 'postgres'), 1);
      expect(
        await sql`select 1`.execute(legacy).then(
          () => 'in',
          (e: { code?: string }) => e.code,
        ),
      ).toBe('28P01');
      await legacy.destroy();
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('chooses another port when its remembered one is taken, and the CLI reaches this database', async () => {
    const taken = rememberedPort();
    squatter = await listenOn(taken); // another instance on "our" port
    const platform = await spawnPlatform(env());
    const port = rememberedPort();
    expect(port).not.toBe(taken);
    expect(findPostmaster(path.join(dataDir, 'pg'))?.port).toBe(port);
    const opened = await openEmbeddedDatabase(loadConfig(env()));
    if (typeof opened === 'string') throw new Error(opened);
    try {
      const { rows } = await sql<{ port: string }>`select current_setting('port') as port`.execute(opened.db);
      expect(Number(rows[0]?.port)).toBe(port);
      world = await createBidWorld(opened.db, { companies: 20, products: ['P1', 'P2'] });
    } finally {
      await opened.close();
    }
    killGroup(platform.child, 'SIGTERM');
    await exited(platform.child);
  }, 120_000);

  it('the API connects as jicai_app, which cannot switch the audit guards off', async () => {
    const state = readState(dataDir);
    const running = await spawnPlatform(env());
    const app = createDb(postgresUrl(APP_ROLE, state?.appPassword as string, rememberedPort(), 'jicai'), 1);
    try {
      expect((await fetch(`${running.url}/api/health`)).status).toBe(200);
      const refused = (q: Promise<unknown>) =>
        q.then(
          () => 'allowed',
          (e: { code?: string }) => e.code,
        );
      expect(await refused(sql`set session_replication_role = replica`.execute(app))).toBe('42501');
      expect(await refused(sql`alter table audit_event disable trigger all`.execute(app))).toBe('42501');
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity where usename = ${APP_ROLE} and pid <> pg_backend_pid()`.execute(
        app,
      );
      expect(rows[0]?.n).toBeGreaterThan(0); // the server's own pool
    } finally {
      await app.destroy();
      killGroup(running.child, 'SIGTERM');
      await exited(running.child);
    }
  }, 60_000);

  const crashes: [string, (p: PlatformProcess) => void, boolean][] = [
    ['kill -9 of the Node process (PostgreSQL orphaned)', (p) => p.child.kill('SIGKILL'), true],
    ['SIGKILL of the whole process group', (p) => killGroup(p.child, 'SIGKILL'), false],
    [
      'SIGTERM of the whole process group (PostgreSQL still exiting)',
      (p) => killGroup(p.child, 'SIGTERM'),
      false,
    ],
  ];
  it.each(crashes)(
    'recovers after %s and finds every acknowledged bid',
    async (_, crash, leavesOrphan) => {
      await recoverAfter(crash, leavesOrphan);
    },
    120_000,
  );

  it('refuses in one line, exit 2: the HTTP port in use, the data directory in use, a pinned port in use', async () => {
    const http = await listenOn(0);
    const httpPort = (http.address() as { port: number }).port;
    for (const workers of ['1', '2']) {
      const busy = await runStartToRefusal({ ...env(), PORT: String(httpPort), API_WORKERS: workers });
      expect(busy.code).toBe(2);
      expect(busy.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(`^jicai start: HTTP port 127\\.0\\.0\\.1:${httpPort} is already in use.*set PORT`),
        ),
      ]);
      expect(findPostmaster(path.join(dataDir, 'pg'))).toBeNull(); // the database it started is stopped
    }
    http.close();

    const running = await spawnPlatform(env());
    const twice = await runStartToRefusal(env());
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toMatch(
      /^jicai start: another Jicai process \(PID \d+\) is already running on DATA_DIR=.*set DATA_DIR/,
    );
    killGroup(running.child, 'SIGTERM');
    await exited(running.child);

    const taken = (squatter?.address() as { port: number }).port;
    const pinned = await runStartToRefusal({ ...env(), EMBEDDED_PG_PORT: String(taken) });
    expect(pinned.code).toBe(2);
    expect(pinned.stderr.trim()).toMatch(new RegExp(`^jicai start: EMBEDDED_PG_PORT=${taken} is in use.*$`));
  }, 120_000);

  it('prints PostgreSQL’s own words when it refuses to start', async () => {
    const conf = path.join(dataDir, 'pg', 'postgresql.auto.conf');
    const before = readFileSync(conf, 'utf8');
    writeFileSync(conf, `${before}shared_buffers = 'plenty'\n`);
    try {
      const refused = await runStartToRefusal(env());
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim()).toMatch(
        /^jicai start: the embedded PostgreSQL in .* did not start: PostgreSQL said: FATAL: configuration file .* contains errors: invalid value for parameter "shared_buffers": "plenty"/,
      );
    } finally {
      writeFileSync(conf, before);
    }
  }, 60_000);
});

/** A burst of bids, the crash mid-burst, a restart on the same DATA_DIR, then every receipt checked. */
async function recoverAfter(crash: (p: PlatformProcess) => void, leavesOrphan: boolean) {
  // each crash revises every bid at a new price: a retry that replays a receipt is then unmistakable
  const price = (7 + ++crashCount / 100).toFixed(2);
  const attempts = world.companies.flatMap((company) =>
    ['P1', 'P2'].map((product) => ({ company, product, price, key: randomUUID() })),
  );
  const send = async (url: string, a: (typeof attempts)[number]) => {
    const api = createApiClient({
      baseUrl: `${url}/api`,
      headers: { authorization: `Bearer ${a.company.token}` },
    });
    const { data, error, response } = await api.PUT('/rounds/{roundId}/bids/{productCode}', {
      params: {
        path: { roundId: world.roundId, productCode: a.product },
        header: { 'idempotency-key': a.key },
      },
      body: { specCode: 'S1', packPrice: a.price },
    });
    return { status: response.status, receipt: (data ?? error) as BidReceipt };
  };
  const first = await spawnPlatform(env());
  const acked = new Map<number, BidReceipt>();
  let next = 0;
  let crashed = false;
  const client = async () => {
    while (!crashed && next < attempts.length) {
      const i = next++;
      try {
        const { status, receipt } = await send(first.url, attempts[i] as (typeof attempts)[number]);
        if (status === 200 && !crashed) acked.set(i, receipt);
        if (acked.size >= 15 && !crashed) {
          crashed = true;
          crash(first); // other requests are in flight right now
        }
      } catch {
        // the connection died with the process: the outcome is unknown to the client
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  await exited(first.child);
  expect(crashed).toBe(true);
  if (leavesOrphan) expect(findPostmaster(path.join(dataDir, 'pg'))?.orphaned).toBe(true);

  const second = await spawnPlatform(env()); // no one stops the orphan or waits by hand
  try {
    const signer = loadOrCreateSigner(dataDir);
    const stored = await readBids();
    for (const [i, receipt] of acked) {
      const a = attempts[i] as (typeof attempts)[number];
      expect(verifyReceipt(signer, receipt)).toBe(true);
      expect(stored.get(`${a.company.organisationId}|${a.product}`)).toBe(receipt.commitment);
    }
    const retried = await Promise.all(attempts.map((a) => send(second.url, a)));
    retried.forEach(({ status, receipt }, i) => {
      expect(status).toBe(200);
      const before = acked.get(i);
      if (before) expect(receipt).toEqual(before);
    });
  } finally {
    killGroup(second.child, 'SIGTERM');
    await exited(second.child);
  }
}

async function readBids(): Promise<Map<string, string | null>> {
  const opened = await openEmbeddedDatabase(loadConfig(env()));
  if (typeof opened === 'string') throw new Error(opened);
  try {
    const rows = await opened.db
      .selectFrom('bid')
      .innerJoin('product', 'product.id', 'bid.product_id')
      .select(['bid.company_id', 'product.code', 'bid.commitment'])
      .where('bid.round_id', '=', world.roundId)
      .execute();
    return new Map(rows.map((r) => [`${r.company_id}|${r.code}`, r.commitment]));
  } finally {
    await opened.close();
  }
}
