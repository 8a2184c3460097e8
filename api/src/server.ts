import { serve, type ServerType } from '@hono/node-server';
import { migrateToLatest } from '@jicai/migrations';
import path from 'node:path';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { createDb, type Db } from './db/database.js';
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded-postgres.js';
import { startScheduler } from './scheduler/round-scheduler.js';
import { startAuditSealer } from './audit/seal-audit.js';
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
  const app = createApp({ db, config, signer }, { log: hooks.log });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
  });
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
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    url: `http://${config.HOST}:${port}`,
    db,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await scheduler.stop();
      await sealer.stop();
      await db.destroy();
      await embedded?.stop();
    },
  };
}
