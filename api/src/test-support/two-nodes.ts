import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createApp } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { loadConfig } from '../config.js';
import { createDb, type Db } from '../db/database.js';
import { startNodeBus, type NodeBus } from '../node-bus/node-bus.js';
import { ephemeralSigner } from '../sealing/platform-signer.js';
import { withDatabase } from './global-setup.js';
import { requestOf, type TestContext } from './test-context.js';
import { testDocumentStore } from './test-store.js';

/** One platform node in the test process: its own pool, its own node bus, its own app. */
export interface TestNode extends TestContext {
  readonly bus: NodeBus;
}

/**
 * Two nodes over one fresh database, as two hosts behind a load balancer would be: what one
 * process remembers is its own (caches are per pool), and only PostgreSQL's notifications tell
 * it what the other changed. Both buses listen before this resolves.
 */
export async function createTwoNodes(env: Record<string, string> = {}) {
  const serverUrl = inject('pgServerUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = createDb(serverUrl, 1);
  await sql.raw(`create database ${name} template ${inject('templateDatabase')}`).execute(admin);
  await admin.destroy();
  const url = withDatabase(serverUrl, name);
  const idle = { SESSION_IDLE_MINUTES: String(Number(env.SESSION_HOURS ?? 12) * 60) };
  const config = loadConfig({ NODE_ENV: 'test', ...idle, ...env });
  // one signer for both: the platform's keys are one for all nodes
  const signer = ephemeralSigner();
  const node = (): TestNode => {
    const db = createDb(url, 10);
    const bus = startNodeBus(url, { minDelayMs: 20, maxDelayMs: 200 });
    const deps: AppDeps = { db, config, signer, documents: testDocumentStore(), bus };
    return nodeContext(db, url, deps, bus);
  };
  const a = node();
  const b = node();
  await Promise.all([a.bus.ready(), b.bus.ready()]);
  return {
    a,
    b,
    url,
    async close() {
      await Promise.all([a.close(), b.close()]);
      const cleanup = createDb(serverUrl, 1);
      await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup);
      await cleanup.destroy();
    },
  };
}

function nodeContext(db: Db, url: string, deps: AppDeps, bus: NodeBus): TestNode {
  const app = createApp(deps);
  return {
    db,
    url,
    deps,
    app,
    bus,
    request: requestOf(app),
    async close() {
      await bus.stop();
      await db.destroy();
    },
  };
}

/** Resolves once `bus` has lost its connection and listens again (after pg_terminate_backend). */
export function nextResync(bus: NodeBus, timeoutMs = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no resync within ${timeoutMs} ms`)), timeoutMs);
    const stop = bus.onResync(() => {
      if (!bus.connected) return; // the loss itself; wait for the connection to come back
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
