import { createServer } from 'node:http';
import path from 'node:path';
import { availableParallelism, hostname } from 'node:os';
import type { ServerType } from '@hono/node-server';
import { migrateToLatest } from '@jicai/migrations';
import { sql } from 'kysely';
import { createApp } from './app.js';
import type { DocumentStore } from './documents/document-store.js';
import { openPlatformStore, withStoreSettings, type PlatformStore } from './documents/platform-store.js';
import type { Config } from './config.js';
import { createDb, type Db } from './db/database.js';
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embedded-postgres.js';
import { agreementJobDeps, startAgreementWorker } from './agreements/agreement-job.js';
import { startRenderPool } from './agreements/agreement-render-pool.js';
import { claimPlatformKey } from './cluster/platform-key.js';
import { startLeadership } from './cluster/leader.js';
import { startLeaderDuties } from './cluster/leader-duties.js';
import { startHttpWorkers } from './http-workers.js';
import { startNodeBus } from './node-bus/node-bus.js';
import { platformListener } from './portal.js';
import { loadOrCreateSigner, type PlatformSigner } from './sealing/platform-signer.js';
import { ensureLoginRole, grantAppPrivileges } from './db/app-role.js';
import { describeDatabaseError, describeListenError } from './startup-error.js';

export interface RunningPlatform {
  readonly url: string;
  readonly db: Db;
  /** where documents go: the S3 endpoint and bucket, and whether it is the platform's own local store */
  readonly documents: { readonly endpoint: string; readonly bucket: string; readonly local: boolean };
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
  const database = await openDatabase(config);
  const { embedded } = database;
  let db: Db | null = null;
  let http: { port: number; stop(): Promise<void> };
  let signer: PlatformSigner;
  let documents: PlatformStore | null = null;
  const node = config.NODE_NAME ?? `${hostname()}:${config.PORT} ${process.pid}`;
  try {
    signer = loadOrCreateSigner(config.DATA_DIR, config.PLATFORM_SIGNING_KEY);
    await migrateAndGrant(database.ownerUrl, database.appUrl, embedded).catch((error: unknown) => {
      const setting = config.MIGRATION_DATABASE_URL
        ? 'MIGRATION_DATABASE_URL or DATABASE_URL'
        : 'DATABASE_URL';
      throw (config.DATABASE_URL && describeDatabaseError(error, setting, database.ownerUrl)) || error;
    });
    db = createDb(database.appUrl, 20);
    await claimPlatformKey(db, signer, node, keySourceOf(config));
    documents = await openPlatformStore(config);
    await hooks.afterMigrate?.(db, signer);
    http = await serveHttp(
      withStoreSettings(config, documents.settings),
      database.appUrl,
      { db, signer, documents: documents.store },
      hooks,
    );
  } catch (error) {
    await documents?.stop();
    await db?.destroy();
    await embedded?.stop();
    throw error;
  }
  const log = hooks.log ?? ((line: string) => console.log(line));
  const deps = { db, signer, documents: documents.store, config };
  // the scheduler, the notice issuer and the audit sealer run on one node at a time: the leader
  const leadership = startLeadership({
    // a session of its own, like the node bus's LISTEN (never through a transaction-mode pooler)
    url: config.LISTEN_DATABASE_URL ?? database.appUrl,
    node,
    checkMs: config.LEADER_CHECK_S * 1000,
    log,
    lead: () => startLeaderDuties(deps, log),
  });
  // agreement PDFs render in threads, one per core, so the job never stalls this process's HTTP
  const renderPool = startRenderPool(availableParallelism());
  const agreements = startAgreementWorker(
    agreementJobDeps(deps, renderPool.render),
    config.SCHEDULER_INTERVAL_S * 1000,
    log,
  );
  return {
    url: `http://${config.HOST}:${http.port}`,
    db,
    documents: {
      endpoint: documents.settings.endpoint,
      bucket: documents.settings.bucket,
      local: !config.S3_ENDPOINT,
    },
    async stop() {
      await http.stop();
      await leadership.stop();
      await agreements.stop();
      await renderPool.close();
      await db.destroy();
      await documents?.stop();
      await embedded?.stop();
    },
  };
}

/** Where this node's platform key came from, for the one line that refuses a node with another key. */
function keySourceOf(config: Config): string {
  return config.PLATFORM_SIGNING_KEY
    ? 'PLATFORM_SIGNING_KEY'
    : path.join(config.DATA_DIR, 'keys', 'platform-ed25519.pem');
}

/**
 * DATABASE_URL (and MIGRATION_DATABASE_URL for the owner, when the API's role should not be it), or the
 * embedded PostgreSQL under DATA_DIR: owner `postgres` for migrations, APP_ROLE for the API.
 */
async function openDatabase(config: Config) {
  if (config.DATABASE_URL) {
    const ownerUrl = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
    return { embedded: null, ownerUrl, appUrl: config.DATABASE_URL };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT });
  return { embedded, ownerUrl: embedded.ownerUrl, appUrl: embedded.appUrl };
}

/**
 * Migrations as the owner; then, when the API connects as another role, that role gets rows and no
 * more (the embedded cluster's role is created here, its password from DATA_DIR).
 */
async function migrateAndGrant(ownerUrl: string, appUrl: string, embedded: EmbeddedServer | null) {
  const owner = createDb(ownerUrl, 2);
  try {
    await migrateToLatest(owner);
    if (embedded) await ensureLoginRole(owner, embedded.appRole, embedded.appPassword);
    if (ownerUrl === appUrl) return;
    const app = createDb(appUrl, 1);
    try {
      const { rows } = await sql<{ role: string }>`select current_user as role`.execute(app);
      const mine = await sql<{ role: string }>`select current_user as role`.execute(owner);
      const role = rows[0]?.role as string;
      if (role !== mine.rows[0]?.role) await grantAppPrivileges(owner, role);
    } finally {
      await app.destroy();
    }
  } finally {
    await owner.destroy();
  }
}

/** The HTTP server (API and portal): in this process, or API_WORKERS worker processes sharing the port. */
async function serveHttp(
  config: Config,
  databaseUrl: string,
  deps: { db: Db; signer: PlatformSigner; documents: DocumentStore },
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
  const bus = startNodeBus(config.LISTEN_DATABASE_URL ?? databaseUrl, {
    log: hooks.log,
    node: config.NODE_NAME,
  });
  const app = createApp({ ...deps, config, bus }, { log: hooks.log });
  const listener = await platformListener(app.fetch, config.TRUST_PROXY, deps.documents.origin);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = createServer(listener).listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', (error) => reject(describeListenError(error, config.HOST, config.PORT) ?? error));
  }).catch((error: unknown) => bus.stop().then<never>(() => Promise.reject(error)));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : config.PORT,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => bus.stop()),
  };
}
