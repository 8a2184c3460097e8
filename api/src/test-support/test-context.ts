import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createApp } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { loadConfig } from '../config.js';
import { createDb, type Db } from '../db/database.js';
import { withDatabase } from './global-setup.js';
import { ephemeralSigner } from '../sealing/platform-signer.js';
import { testDocumentStore } from './test-store.js';

export interface TestContext {
  readonly db: Db;
  /** the test's own database, for a process or a client of its own (a platform node, the CLI) */
  readonly url: string;
  readonly deps: AppDeps;
  readonly app: ReturnType<typeof createApp>;
  /** an in-memory request against the real app and database */
  request(
    path: string,
    init?: RequestInit & { json?: unknown; token?: string; cookie?: string },
  ): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template, and the app on it. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const serverUrl = inject('pgServerUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = createDb(serverUrl, 1);
  await sql.raw(`create database ${name} template ${inject('templateDatabase')}`).execute(admin);
  await admin.destroy();
  const url = withDatabase(serverUrl, name);
  const db = createDb(url, 10);
  // tests move the rehearsal clock by hours or days: a session idles as long as it lives, unless a
  // test sets SESSION_IDLE_MINUTES itself (the idle timeout's own test does)
  const idle = { SESSION_IDLE_MINUTES: String(Number(env.SESSION_HOURS ?? 12) * 60) };
  const config = loadConfig({ NODE_ENV: 'test', ...idle, ...env });
  const deps: AppDeps = { db, config, signer: ephemeralSigner(), documents: testDocumentStore() };
  const app = createApp(deps);
  return {
    db,
    url,
    deps,
    app,
    request: requestOf(app),
    async close() {
      await db.destroy();
      const cleanup = createDb(serverUrl, 1);
      await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup);
      await cleanup.destroy();
    },
  };
}

/** In-memory requests against an app, with a JSON body, a bearer token or a browser's cookie. */
export function requestOf(app: ReturnType<typeof createApp>): TestContext['request'] {
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.cookie) headers.set('cookie', init.cookie);
    // a cookie comes from the portal in a browser, which says the request is its own origin's
    if (init.cookie && !headers.has('sec-fetch-site')) headers.set('sec-fetch-site', 'same-origin');
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    return Promise.resolve(app.request(path, { ...init, headers, body }));
  };
}
