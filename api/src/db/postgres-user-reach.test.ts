import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StartupError } from '../startup-error.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { postgresAccount } from './postgres-user-reach.js';

// issue 8 §4: as root, PostgreSQL runs as `postgres`; a clone or DATA_DIR under a directory that user cannot
// enter (root's home is mode 700) used to fail deep inside initdb with `spawn … EACCES`.

const asRootWithPostgresUser = process.getuid?.() === 0 && postgresAccount() !== null;
const closed = mkdtempSync(path.join(os.tmpdir(), 'jicai-closed-'));
afterAll(() => rmSync(closed, { recursive: true, force: true }));

describe.runIf(asRootWithPostgresUser)('as root, a DATA_DIR the postgres user cannot reach', () => {
  it('is refused in one line that names the closed directory and what to do, before initdb runs', async () => {
    chmodSync(closed, 0o700);
    const dataDir = path.join(closed, 'clone', '.data');
    mkdirSync(dataDir, { recursive: true });
    const refusal = await startEmbeddedPostgres({ dataDir }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(StartupError);
    const message = (refusal as StartupError).message;
    expect(message).not.toContain('\n');
    expect(message).toContain(`cannot enter ${closed} (mode 700)`);
    expect(message).toMatch(/set DATA_DIR .*DATABASE_URL/);
    expect((refusal as StartupError).exitCode).toBe(2);
  });
});
