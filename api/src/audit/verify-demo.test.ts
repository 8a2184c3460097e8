import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openConfiguredDatabase, runAudit } from '../cli/run-audit.js';
import { DEMO_LOGINS, seedDemoIfEmpty } from '../seed/demo-seed.js';
import { withDatabase } from '../test-support/global-setup.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { sealAudit } from './seal-audit.js';
import { signIn } from '../test-support/sign-in.js';

/**
 * A fresh demo where everyone signed in: each sign-in links to the `accounts` stream, which grows
 * past 9 events, where a text-ordered walk read seq 10 after seq 1 and reported a gap.
 */

let t: TestContext;
const cookies = new Map<string, string>();
beforeAll(async () => {
  t = await createTestContext();
  await seedDemoIfEmpty(t.db);
  for (const [, login] of DEMO_LOGINS.users) {
    cookies.set(login, await signIn(t, login, DEMO_LOGINS.password));
  }
  await sealAudit(t.db);
}, 60_000);
afterAll(() => t.close());

describe('audit verify on a fresh demo', () => {
  it('is intact through the API and the CLI', async () => {
    const { rows } = await sql<{ n: string }>`select count(*)::text as n from audit_event
      where stream = 'accounts'`.execute(t.db);
    expect(Number(rows[0]?.n)).toBeGreaterThan(9);

    const res = await t.request('/api/audit/verify', { cookie: cookies.get('auditor') });
    expect([res.status, await res.json()]).toEqual([200, { ok: true, seals: 1, digests: 0, findings: [] }]);

    const { rows: db } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
    const env = { DATABASE_URL: withDatabase(inject('pgServerUrl'), (db[0] as { name: string }).name) };
    const outcome = await runAudit(['verify'], () => openConfiguredDatabase(env));
    expect([outcome.exitCode, outcome.stderr]).toEqual([0, '']);
    expect(outcome.stdout).toMatch(/^audit chain OK: \d+ events in \d+ streams, 1 seals; tables agree: /);
  });
});
