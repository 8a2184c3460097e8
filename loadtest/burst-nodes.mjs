// The two platform nodes of the deadline-burst replay, started as an operator would start two hosts:
// the first on its embedded PostgreSQL and its local S3 store; the second on the first one's database
// (DATABASE_URL, MIGRATION_DATABASE_URL), signing key (PLATFORM_SIGNING_KEY) and document store
// (S3_ENDPOINT and its keys). Each is api/src/test-support/burst-node-main.ts in a process group.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const apiDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'api');
// the local S3 store's fixed credentials (api/src/documents/local-store.ts)
const LOCAL_S3_KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };
const started = new Set(); // every node process group started here, until stopped
const tmpDirs = new Set();
const INHERITED_OUT = [
  'DATABASE_URL',
  'MIGRATION_DATABASE_URL',
  'PLATFORM_SIGNING_KEY',
  'EMBEDDED_PG_PORT',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
];

/** `node --import tsx <script>` in api/ in a process group of its own; `done` resolves on exit 0 with stdout. */
export function runApiScript(script, args, env) {
  const base = { ...process.env };
  for (const key of INHERITED_OUT) delete base[key];
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: apiDir,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stopping it stops its PostgreSQL too
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk.toString()));
  child.stderr.on('data', (chunk) => (err += chunk.toString()));
  const done = new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}: ${err.trim().slice(-2000)}`)),
    ),
  );
  return { child, done };
}

function startNode(env) {
  const { child, done } = runApiScript('src/test-support/burst-node-main.ts', [], {
    NODE_ENV: 'production',
    PORT: '0',
    API_WORKERS: '1',
    SCHEDULER_INTERVAL_S: '1', // bidding closes within a second of the deadline, as a live round does
    ...env,
  });
  const node = { child, done };
  started.add(node);
  done.finally(() => started.delete(node)).catch(() => {});
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      const line = /^\{"listening".*\n/m.exec(out);
      if (line) resolve(Object.assign(node, JSON.parse(line[0])));
    });
    done.then(() => reject(new Error('a node exited before listening')), reject);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the node's process group (node and PostgreSQL), SIGKILL after 20 s; resolves when all are gone. */
async function stopNode(node) {
  const pgid = node.child.pid;
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  for (let waited = 0; groupAlive(pgid); waited += 100) {
    if (waited === 20_000) process.kill(-pgid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops whatever this module started (a signal may come while the nodes are still starting). */
export function stopAllNodes() {
  // one stop however many callers ask (a signal, the failed start, the run's end): the data
  // directories go once no node writes to them any more
  stopping ??= (async () => {
    for (const node of [...started].reverse()) await stopNode(node);
    for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    tmpDirs.clear();
  })();
  return stopping;
}
let stopping = null;

/** Two nodes over one PostgreSQL: their base URLs, the database's owner URL, and stop(). */
export async function startTwoNodes() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-burst-'));
  tmpDirs.add(tmp);
  chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir
  const stop = stopAllNodes;
  try {
    // a free port rather than the embedded default 54329, which `./jicai start` on this host may want
    const first = await startNode({
      DATA_DIR: path.join(tmp, 'node-a'),
      EMBEDDED_PG_PORT: String(await freePort()),
    });
    const state = JSON.parse(readFileSync(path.join(tmp, 'node-a', 'embedded-postgres.json'), 'utf8'));
    const url = (user, password) =>
      `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${state.port}/jicai`;
    const ownerUrl = url('postgres', state.ownerPassword);
    const second = await startNode({
      DATA_DIR: path.join(tmp, 'node-b'),
      DATABASE_URL: url('jicai_app', state.appPassword),
      MIGRATION_DATABASE_URL: ownerUrl,
      PLATFORM_SIGNING_KEY: readFileSync(path.join(tmp, 'node-a', 'keys', 'platform-ed25519.pem'), 'utf8'),
      S3_ENDPOINT: first.documents.endpoint,
      S3_BUCKET: first.documents.bucket,
      ...LOCAL_S3_KEYS,
    });
    return { bases: [first.listening, second.listening], databaseUrl: ownerUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
