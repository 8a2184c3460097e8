import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { AuditAction, AuditStream } from '../audit/audit-actions.js';
import { appendAudit } from '../audit/audit.repository.js';
import { sealAudit } from '../audit/seal-audit.js';
import { withDatabase } from '../test-support/global-setup.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { openConfiguredDatabase, runAudit } from './run-audit.js';

/** `./jicai audit` in process, on a real database reached through DATABASE_URL. */

let t: TestContext;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  t = await createTestContext();
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  env = { DATABASE_URL: withDatabase(inject('pgServerUrl'), (rows[0] as { name: string }).name) };
  await t.db.transaction().execute(async (trx) => {
    for (const stream of ['round:1', 'round:1', 'round:2', 'accounts']) {
      await appendAudit(trx, {
        stream: stream as AuditStream,
        actorUserId: null,
        action: 'test.step' as AuditAction,
        subject: stream,
        payload: {},
      });
    }
  });
});
afterAll(() => t.close());

const verify = (args = ['verify'], environment = env) =>
  runAudit(args, () => openConfiguredDatabase(environment));

describe('runAudit', () => {
  it('exits 0 with the counts when the chain is intact', async () => {
    await sealAudit(t.db);
    expect(await verify()).toEqual({
      exitCode: 0,
      stdout:
        'audit chain OK: 4 events in 3 streams, 1 seals; tables agree: 0 bids, 0 opened bids, 0 evaluation records\n',
      stderr: '',
    });
  });

  it('exits 1 naming the first broken link', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`alter table audit_event disable trigger audit_event_append_only`.execute(trx);
      await sql`update audit_event set action = 'test.forged' where stream = 'round:1' and seq = 2`.execute(
        trx,
      );
      await sql`alter table audit_event enable trigger audit_event_append_only`.execute(trx);
    });
    expect(await verify()).toEqual({
      exitCode: 1,
      stdout: 'BROKEN: stream round:1 seq 2: hash does not match the event’s content (altered)\n',
      stderr: '',
    });
  });

  it('refuses bad usage with exit 2, and explains itself on --help', async () => {
    for (const args of [[], ['check'], ['verify', 'extra'], ['verify', '--fast']]) {
      const outcome = await verify(args);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain('usage: jicai audit verify');
    }
    expect(await verify(['--help'])).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^usage:/) });
  });

  it('never creates an embedded database just to verify it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jicai-audit-'));
    try {
      const outcome = await verify(['verify'], { DATA_DIR: dir });
      expect(outcome).toEqual({
        exitCode: 2,
        stdout: '',
        stderr: `jicai audit: no database under ${path.join(dir, 'pg')}: start the platform once (./jicai start) or set DATABASE_URL\n`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on an unreachable database, on one line: it cannot tell, so it claims no tampering', async () => {
    const outcome = await verify(['verify'], { DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none' });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^jicai audit: database unreachable: .+\n$/);
  });
});
