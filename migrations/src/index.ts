import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { FileMigrationProvider, Migrator, type MigrationResultSet } from 'kysely/migration';

export { ADVISORY_LOCK, UTC_MICROS_FORMAT } from './sql-conventions.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The schema's migrations, read from this package's compiled `migrations/` folder in name order. */
export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: new FileMigrationProvider({ fs, path, migrationFolder: folder }) });
}

/** Brings a database to the latest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const outcome = await createMigrator(db).migrateToLatest();
  if (outcome.error) {
    const failed = outcome.results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(outcome.error)}`, {
      cause: outcome.error,
    });
  }
  return outcome;
}

/** Undoes every migration, newest first (the down path is tested). */
export async function migrateToNothing(db: Kysely<any>): Promise<void> {
  const migrator = createMigrator(db);
  for (;;) {
    const outcome = await migrator.migrateDown();
    if (outcome.error)
      throw new Error(`migrating down failed: ${String(outcome.error)}`, { cause: outcome.error });
    if (!outcome.results?.length || outcome.results.every((r) => r.status === 'NotExecuted')) return;
  }
}
