import { serve, type ServerType } from '@hono/node-server';
import { migrateToLatest } from '@jicai/migrations';
import path from 'node:path';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { createDb, type Db } from './db/database.js';
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded-postgres.js';
import { startScheduler } from './scheduler/round-scheduler.js';
import { startAuditSealer } from './audit/seal-audit.js';
import { startHttpWorkers } from './http-workers.js';
import { loadOrCreateSigner, type PlatformSigner } from './sealing/platform-signer.js';

export interface RunningPlatform {
  readonly url: string;
  readonly db: Db;
  stop(): Promise<void>;
}

/**
 * Database (DATABASE_URL, or the embedded one under DATA_DIR), migrations, the app, the HTTP server.
 * `stop` closes them in reverse order so that no PostgreSQL process is left behind.
 */
export async function startPlatform(
  config: Config,
  hooks: {
    afterMigrate?: (db: Db, signer: PlatformSigner) => Promise<void>;
    log?: (line: string) => void;
    /** with API_WORKERS > 1: whether workers print a line per request (default true) */
    workerRequestLog?: boolean;
  } = {},
): Promise<RunningPlatform> {
  let embedded: EmbeddedServer | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(path.join(config.DATA_DIR, 'pg'), config.EMBEDDED_PG_PORT);
    url = embedded.url;
  }
  const signer = loadOrCreateSigner(config.DATA_DIR, config.PLATFORM_SIGNING_KEY);
  const db = createDb(url, 20);
  try {
    await migrateToLatest(db);
    await hooks.afterMigrate?.(db, signer);
  } catch (error) {
    await db.destroy();
    await embedded?.stop();
    throw error;
  }
  const http = await serveHttp(config, url, { db, signer }, hooks);
  const scheduler = startScheduler(
    db,
    config.SCHEDULER_INTERVAL_S * 1000,
    hooks.log ?? ((line) => console.log(line)),
    signer,
  );
  const sealer = startAuditSealer(
    db,
    config.AUDIT_SEAL_INTERVAL_S * 1000,
    hooks.log ?? ((line) => console.log(line)),
  );
  return {
    url: `http://${config.HOST}:${http.port}`,
    db,
    async stop() {
      await http.stop();
      await scheduler.stop();
      await sealer.stop();
      await db.destroy();
      await embedded?.stop();
    },
  };
}

/** The HTTP server: in this process, or API_WORKERS worker processes sharing the port. */
async function serveHttp(
  config: Config,
  databaseUrl: string,
  deps: { db: Db; signer: PlatformSigner },
  hooks: { log?: (line: string) => void; workerRequestLog?: boolean },
): Promise<{ port: number; stop(): Promise<void> }> {
  if (config.API_WORKERS > 1) {
    return startHttpWorkers(
      config.API_WORKERS,
      config,
      databaseUrl,
      hooks.workerRequestLog ?? true,
      hooks.log ?? ((line) => console.log(line)),
    );
  }
  const app = createApp({ ...deps, config }, { log: hooks.log });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : config.PORT,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
