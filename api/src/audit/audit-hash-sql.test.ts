import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { canonicalJson, chainHash, GENESIS_HASH, type AuditFields } from './audit-hash.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

// PostgreSQL text holds any Unicode scalar value but NUL; fast-check's 'binary' unit never yields a
// lone surrogate, which no UTF-8 database could hold either
const awkward = fc.constantFrom(
  '',
  '中文 集采 带量采购',
  '"quoted"',
  "it's",
  'back\\slash \\"both\\"',
  'a\nb\tc\rd\b\f\u0001\u001f\u007f',
  '💊 \u2028 é',
  'null',
);
const text = fc.oneof(
  awkward,
  fc.string({ unit: 'binary' }).map((s) => s.replaceAll('\0', '')),
);
const fields: fc.Arbitrary<AuditFields> = fc.record({
  stream: text,
  seq: fc.bigInt({ min: 1n, max: 2n ** 62n }).map(String),
  at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace('Z', '123Z')),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  action: text,
  subject: text,
  payload: fc
    .jsonValue()
    .map(
      (v) =>
        JSON.parse(
          JSON.stringify(v, (_k, x) => (typeof x === 'string' ? x.replaceAll('\0', '') : x)),
        ) as unknown,
    ),
});
const prevHash = fc.oneof(fc.constant(GENESIS_HASH), fc.stringMatching(/^[0-9a-f]{64}$/));

describe('jicai_chain_hash (migration 1800), the one SQL spelling of the audit-chain encoding', () => {
  it('hashes every event exactly as chainHash does', async () => {
    const cases = fc.sample(fc.tuple(prevHash, fields), { numRuns: 300, seed: 13 });
    const rows = await sql<{ hash: string }>`
      select jicai_chain_hash(c ->> 0, c ->> 1, (c ->> 2)::uuid, c ->> 3, c ->> 4, (c ->> 5)::bigint,
        c ->> 6, c ->> 7) as hash
      from jsonb_array_elements(${JSON.stringify(
        cases.map(([prev, f]) => [
          prev,
          f.action,
          f.actorUserId,
          f.at,
          canonicalJson(f.payload),
          f.seq,
          f.stream,
          f.subject,
        ]),
      )}::jsonb) with ordinality a(c, i)
      order by i`.execute(t.db);
    expect(rows.rows.map((r) => r.hash)).toEqual(cases.map(([prev, f]) => chainHash(prev, f)));
  });

  it('is plain SQL the planner can inline: language sql, stable, parallel safe', async () => {
    const { rows } = await sql<{ lang: string; volatility: string; parallel: string }>`
      select l.lanname as lang, p.provolatile as volatility, p.proparallel as parallel
      from pg_proc p join pg_language l on l.oid = p.prolang where p.proname = 'jicai_chain_hash'`.execute(
      t.db,
    );
    expect(rows).toEqual([{ lang: 'sql', volatility: 's', parallel: 's' }]);
    const plan = await sql<{ 'QUERY PLAN': string }>`
      explain (verbose, costs off) select jicai_chain_hash(s::text, 'a', null, 'at', '{}', s, 'st', 'su')
      from generate_series(1, 3) s`.execute(t.db);
    const output = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(output).toContain('sha256');
    expect(output).not.toContain('jicai_chain_hash');
  });

  it('is what both SQL writers call, neither spelling the encoding itself', async () => {
    const { rows } = await sql<{ name: string; calls: boolean }>`
      select proname as name, prosrc like '%jicai_chain_hash(%' and prosrc not like '%"actorUserId"%' as calls
      from pg_proc where proname in ('jicai_append_audit', 'jicai_submit_bids') order by proname`.execute(
      t.db,
    );
    expect(rows).toEqual([
      { name: 'jicai_append_audit', calls: true },
      { name: 'jicai_submit_bids', calls: true },
    ]);
  });
});
