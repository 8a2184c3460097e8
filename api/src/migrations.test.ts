import { randomBytes } from 'node:crypto';
import { migrateToLatest, migrateToNothing } from '@jicai/migrations';
import { sql } from 'kysely';
import { expect, inject, it } from 'vitest';
import { createDb } from './db/database.js';
import { withDatabase } from './test-support/global-setup.js';

it('migrates up, all the way down, and up again on real PostgreSQL', async () => {
  const serverUrl = inject('pgServerUrl');
  const name = `m_${randomBytes(6).toString('hex')}`;
  const admin = createDb(serverUrl, 1);
  await sql.raw(`create database ${name}`).execute(admin);
  const db = createDb(withDatabase(serverUrl, name), 2);
  const tables = async () =>
    (
      await sql<{ n: string }>`select count(*)::text as n from pg_tables where schemaname = 'public'`.execute(
        db,
      )
    ).rows[0]?.n;
  try {
    const up = await migrateToLatest(db);
    expect(up.results?.every((r) => r.status === 'Success')).toBe(true);
    expect(Number(await tables())).toBeGreaterThan(20);
    await migrateToNothing(db);
    // only Kysely's own bookkeeping tables remain
    expect(Number(await tables())).toBe(2);
    await migrateToLatest(db);
    expect(Number(await tables())).toBeGreaterThan(20);
  } finally {
    await db.destroy();
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
    await admin.destroy();
  }
});
