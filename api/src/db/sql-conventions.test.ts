import * as migrations from '@jicai/migrations';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { ADVISORY_LOCK, UTC_MICROS_FORMAT } from './sql-conventions.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

/** The source of our SQL functions as the migrated database holds them. */
async function functionSource(name: string): Promise<string> {
  const { rows } = await sql<{
    src: string;
  }>`select prosrc as src from pg_proc where proname = ${name}`.execute(t.db);
  expect(rows).toHaveLength(1);
  return rows[0]?.src ?? '';
}

describe('the numbers and formats the API shares with the migrations', () => {
  it('are named alike in both packages', () => {
    const { loginThrottle: _apiOnly, ...shared } = ADVISORY_LOCK;
    expect(migrations.ADVISORY_LOCK).toEqual(shared);
    expect(migrations.UTC_MICROS_FORMAT).toBe(UTC_MICROS_FORMAT);
  });

  it('are the ones the SQL functions in the database use', async () => {
    const append = await functionSource('jicai_append_audit');
    const submit = await functionSource('jicai_submit_bids');
    expect(append).toContain(`hashtextextended(p_stream, ${ADVISORY_LOCK.auditStream})`);
    expect(submit).toContain(`hashtextextended(g.stream, ${ADVISORY_LOCK.auditStream})`);
    expect(submit).toContain(`hashtextextended(g.round::text, ${ADVISORY_LOCK.roundGate})`);
    expect(append).toContain(`'${UTC_MICROS_FORMAT}'`);
    expect(submit).toContain(`'${UTC_MICROS_FORMAT}'`);
    // every namespace any of our functions locks in is a named one
    const { rows } = await sql<{ src: string }>`
      select string_agg(prosrc, ' ') as src from pg_proc where proname like 'jicai\\_%'`.execute(t.db);
    const used = [...(rows[0]?.src ?? '').matchAll(/hashtextextended\([^;]*?,\s*(\d+)\)/g)].map((m) =>
      Number(m[1]),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((n) => !Object.values(ADVISORY_LOCK).includes(n as never))).toEqual([]);
  });
});
