import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from './config.js';
import { DEMO_LOGINS, DEMO_ROUNDS, seedDemoIfEmpty } from './seed/demo-seed.js';
import { startPlatform, type RunningPlatform } from './server.js';
import { sessionCookie } from './test-support/sign-in.js';
import { createApiClient } from './client/api-client.js';

// `./jicai start` without the shell: the real platform on its own embedded PostgreSQL, over real HTTP,
// started twice on one data directory, and nothing left running afterwards.

let dataDir: string;
let config: Config;
let running: RunningPlatform | null = null;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-start-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir
  config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
  });
});
afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts as start.ts does: migrate, seed the demo when empty, serve. */
async function start(): Promise<{ platform: RunningPlatform }> {
  // request lines stay quiet; an unexpected error is shown with its stack
  const log = (line: string) => line.includes(' ERROR ') && console.error(line);
  running = await startPlatform(config, { afterMigrate: seedDemoIfEmpty, log });
  return { platform: running };
}

async function stop(platform: RunningPlatform): Promise<void> {
  await platform.stop();
  running = null;
}

/** The postmaster's command line names its data directory. */
function postgresProcessesOf(dir: string): string[] {
  const found = spawnSync('pgrep', ['-af', path.join(dir, 'pg')], { encoding: 'utf8' });
  return found.stdout.split('\n').filter((line) => line.includes('postgres'));
}

/** The demo rounds as office.admin sees them over HTTP. */
async function demoRounds(url: string): Promise<Record<string, string>> {
  const api = createApiClient({ baseUrl: `${url}/api` });
  const login = await api.POST('/auth/login', {
    body: { login: 'office.admin', password: DEMO_LOGINS.password },
  });
  expect(login.response.status).toBe(200);
  const cookie = sessionCookie(login.response);
  const listed = await api.GET('/rounds', { params: { query: {} }, headers: { cookie } });
  const rounds = listed.data?.items ?? [];
  return Object.fromEntries(rounds.map((r) => [`${r.code} ${r.state}`, r.id]));
}

describe('starting the platform', () => {
  let firstRounds: Record<string, string> = {};

  it('starts on a fresh data directory: health, OpenAPI and the demo over HTTP', async () => {
    const { platform } = await start();
    try {
      expect(postgresProcessesOf(dataDir)).toHaveLength(1);
      expect(platform.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${platform.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
      firstRounds = await demoRounds(platform.url);
      expect(Object.keys(firstRounds).sort()).toEqual([
        `${DEMO_ROUNDS.demand} demand-open`,
        `${DEMO_ROUNDS.execution} volumes-agreed`,
        `${DEMO_ROUNDS.bidding} bidding-open`,
      ]);
      const doc = (await (await fetch(`${platform.url}/api/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/rounds', '/rounds/{roundId}/demand/lock']),
      );
    } finally {
      await stop(platform);
    }
    expect(postgresProcessesOf(dataDir)).toEqual([]);
  }, 60_000);

  it('starts again on the same data: the demo is reused, not seeded twice', async () => {
    const { platform } = await start();
    try {
      expect(await demoRounds(platform.url)).toEqual(firstRounds);
    } finally {
      await stop(platform);
    }
  }, 60_000);

  it('leaves no PostgreSQL running for the data directory once stopped', () => {
    expect(postgresProcessesOf(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });
});
