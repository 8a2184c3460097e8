import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createApp } from '../../app.js';
import type { AppDeps } from '../../app-env.js';
import { createDb } from '../../db/database.js';
import { withDatabase } from '../global-setup.js';
import { requestOf, type TestContext } from '../test-context.js';

/** Closes the world's connections so its database can be the template of fresh copies; its name. */
export async function freezeWorld(t: TestContext): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  await t.db.destroy();
  return (rows[0] as { name: string }).name;
}

/**
 * A fresh copy of the frozen world, sessions included, and the app on it: createTestContext's
 * recipe with the world as the template, and the base context's other dependencies.
 */
export async function cloneWorld(template: string, like: AppDeps): Promise<TestContext> {
  const serverUrl = inject('pgServerUrl');
  const name = `${template}_${randomBytes(3).toString('hex')}`;
  const admin = createDb(serverUrl, 1);
  await sql.raw(`create database ${name} template ${template}`).execute(admin);
  await admin.destroy();
  const url = withDatabase(serverUrl, name);
  const db = createDb(url, 4);
  const deps: AppDeps = { ...like, db };
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
