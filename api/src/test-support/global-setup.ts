import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest } from '@jicai/migrations';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDb } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import type { DocumentStoreSettings } from '../documents/document-store.js';
import { startTestStore } from './test-store.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** a server URL whose database name is replaced per test file */
    pgServerUrl: string;
    templateDatabase: string;
    documentStore: DocumentStoreSettings;
  }
}

/**
 * One real PostgreSQL per test run: DATABASE_URL's server when given (CI runs the suite once against
 * Debian's PostgreSQL that way), else an embedded one. Migrated once into a template database; each
 * test file clones the template (CREATE DATABASE … TEMPLATE), so files never see each other's rows.
 * One document store too (`test-store.ts`).
 */
export default async function setup(project: TestProject) {
  let stopServer = async () => {};
  let serverUrl = process.env.DATABASE_URL;
  let tmp: string | null = null;
  if (!serverUrl) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-test-pg-'));
    chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir
    const embedded = await startEmbeddedPostgres({
      dataDir: tmp,
      port: await freePort(),
      database: 'postgres',
    });
    serverUrl = embedded.ownerUrl; // the superuser: tests clone databases and some tamper on purpose
    stopServer = () => embedded.stop();
  }
  const template = `jicai_template_${process.pid}`;
  const admin = createDb(serverUrl, 1);
  await dropDatabase(admin, template);
  await sql.raw(`create database ${template}`).execute(admin);
  const templateDb = createDb(withDatabase(serverUrl, template), 1);
  await migrateToLatest(templateDb);
  await templateDb.destroy();

  const store = await startTestStore();
  project.provide('documentStore', store.settings);
  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await dropDatabase(admin, template);
    await admin.destroy();
    await stopServer();
    await store.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function dropDatabase(admin: ReturnType<typeof createDb>, name: string) {
  await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}
