// The two platform nodes of the deadline-burst replay, started as an operator would start two hosts:
// the first on its embedded PostgreSQL and its local S3 store; the second on the first one's database
// (DATABASE_URL, MIGRATION_DATABASE_URL), signing key (PLATFORM_SIGNING_KEY) and document store
// (S3_ENDPOINT and its keys). Each is api/src/test-support/burst-node-main.ts in a process group.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const apiDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'api');
// the local S3 store's fixed credentials (api/src/documents/local-store.ts)
const LOCAL_S3_KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };
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
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      const line = /^\{"listening".*\n/m.exec(out);
      if (line) resolve({ child, done, ...JSON.parse(line[0]) });
    });
    done.then(() => reject(new Error('a node exited before listening')), reject);
  });
}

async function stopNode(node) {
  try {
    process.kill(-node.child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000));
  if ((await Promise.race([node.done.catch(() => {}), timeout])) === 'timeout') {
    try {
      process.kill(-node.child.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

/** Two nodes over one PostgreSQL: their base URLs, the database's owner URL, and stop(). */
export async function startTwoNodes() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-burst-'));
  chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir
  const nodes = [];
  const stop = async () => {
    for (const node of nodes.reverse()) await stopNode(node);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const first = await startNode({ DATA_DIR: path.join(tmp, 'node-a') });
    nodes.push(first);
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
    nodes.push(second);
    return { bases: [first.listening, second.listening], databaseUrl: ownerUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
