import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config.js';
import { createDb, type Db } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { LEGACY_OWNER_PASSWORD, OWNER_ROLE, postgresUrl, readState } from '../db/embedded-state.js';
import { findPostmaster } from '../db/postmaster.js';

/** A database a command works on, and how to let go of it. */
export interface CliDatabase {
  readonly db: Db;
  close(): Promise<void>;
}

/**
 * This checkout's embedded PostgreSQL (under DATA_DIR), for the CLIs: when it runs (the platform is up,
 * or an orphan) it is reached on the port its own `postmaster.pid` names, with the owner's password
 * kept under DATA_DIR, never on a fixed port where another instance might answer; when it does not run
 * it is started on its remembered port and stopped after. Never created: a string says why not.
 */
export async function openEmbeddedDatabase(config: Config): Promise<CliDatabase | string> {
  const dataDir = path.resolve(config.DATA_DIR);
  const clusterDir = path.join(dataDir, 'pg');
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    return `no database under ${clusterDir}: start the platform once (./jicai start) or set DATABASE_URL`;
  }
  const running = findPostmaster(clusterDir);
  if (running) {
    const password = readState(dataDir)?.ownerPassword ?? LEGACY_OWNER_PASSWORD;
    const db = createDb(postgresUrl(OWNER_ROLE, password, running.port, 'jicai'), 2);
    try {
      await sql`select 1`.execute(db);
      return { db, close: () => db.destroy() };
    } catch {
      await db.destroy(); // shutting down right now: start it below
    }
  }
  const server = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT });
  const db = createDb(server.ownerUrl, 2);
  return {
    db,
    async close() {
      await db.destroy();
      await server.stop();
    },
  };
}
