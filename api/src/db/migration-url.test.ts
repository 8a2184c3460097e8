import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishDueDigests } from '../audit/daily-digest.js';
import { sealAudit } from '../audit/seal-audit.js';
import { loadConfig } from '../config.js';
import { startPlatform } from '../server.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { ensureLoginRole } from './app-role.js';
import { createDb } from './database.js';

// issue 8 §3 with an external PostgreSQL: MIGRATION_DATABASE_URL (the owner) migrates and grants; the API
// runs on DATABASE_URL, a plain login role the DBA made, which then reads and writes rows and no more.

let t: TestContext;
let dataDir: string;
const role = `jicai_ext_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');
const urls = { owner: '', app: '' };

beforeAll(async () => {
  t = await createTestContext();
  await ensureLoginRole(t.db, role, password); // what the DBA does: a role with no grants at all
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  const owner = new URL(inject('pgServerUrl'));
  owner.pathname = `/${rows[0]?.name as string}`;
  const app = new URL(owner);
  app.username = role;
  app.password = password;
  urls.owner = owner.toString();
  urls.app = app.toString();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-ext-'));
});
afterAll(async () => {
  await sql.raw(`drop owned by ${role}`).execute(t.db);
  await t.close();
  const admin = createDb(inject('pgServerUrl'), 1);
  await sql.raw(`drop role if exists ${role}`).execute(admin);
  await admin.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('MIGRATION_DATABASE_URL and DATABASE_URL', () => {
  it('the platform grants the API role its rows and serves on it; the role still cannot disable triggers', async () => {
    const platform = await startPlatform(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        DATA_DIR: dataDir,
        DATABASE_URL: urls.app,
        MIGRATION_DATABASE_URL: urls.owner,
        SCHEDULER_INTERVAL_S: '3600',
      }),
      { log: () => {} },
    );
    try {
      const health = await fetch(`${platform.url}/api/health`);
      expect(await health.json()).toMatchObject({ database: 'ok' });
      const { rows } = await sql<{ user: string }>`select current_user as user`.execute(platform.db);
      expect(rows[0]?.user).toBe(role);
      await sql`select count(*) from round`.execute(platform.db);
      await sealAudit(platform.db); // the sealer's writes (heads upserted, seals appended) as that role
      await publishDueDigests(platform.db);
      const refused = await sql`alter table audit_event disable trigger all`.execute(platform.db).then(
        () => 'allowed',
        (e: { code?: string }) => e.code,
      );
      expect(refused).toBe('42501');
    } finally {
      await platform.stop();
    }
  }, 60_000);

  it('MIGRATION_DATABASE_URL without DATABASE_URL is a configuration error naming it', () => {
    expect(() => loadConfig({ MIGRATION_DATABASE_URL: urls.owner })).toThrow(
      /MIGRATION_DATABASE_URL: needs DATABASE_URL/,
    );
  });
});
