import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { sealAudit } from './seal-audit.js';
import { verifyAuditChain, type ChainReport } from './verify-chain.js';

/**
 * Streams long enough that seq 10 sorts before seq 2 as text: a walk in text order reported a gap
 * "from seq 1 to 10" on every such stream and never reached a real alteration further on.
 * One database holds streams of 10, 100 and 1,200 events, sealed once; each case tampers inside a
 * transaction it rolls back, as a superuser would (the append-only trigger switched off).
 */

const LENGTHS = [10, 100, 1200] as const;
const TOTAL = LENGTHS.reduce((a, b) => a + b, 0);
const streamOf = (n: number) => `round:len-${n}`;
const middle = (n: number) => Math.floor(n / 2);
const PAGE_SIZES = [7, 5000];

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  for (const n of LENGTHS) {
    // jicai_append_audit, as every writer appends
    await sql`do $$ begin for i in 1..${sql.lit(n)} loop
      perform jicai_append_audit(${sql.lit(streamOf(n))}, null, 'test.step', 'len', jsonb_build_object('i', i));
    end loop; end $$`.execute(t.db);
  }
  await sealAudit(t.db);
}, 60_000);
afterAll(() => t.close());

class RolledBack extends Error {}

/** Verifies (in every page size) what the chain looks like after `statement`, then undoes it. */
async function verifyTampered(db: Db, statement: RawBuilder<unknown>): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  await db
    .transaction()
    .execute(async (trx) => {
      await sql`alter table audit_event disable trigger audit_event_append_only`.execute(trx);
      await statement.execute(trx);
      for (const pageSize of PAGE_SIZES) reports.push(await verifyAuditChain(trx, pageSize));
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return reports;
}

describe.each(LENGTHS)('a stream of %i events', (n) => {
  const stream = streamOf(n);

  it('verifies intact, in pages smaller and larger than the stream', async () => {
    for (const pageSize of PAGE_SIZES)
      expect(await verifyAuditChain(t.db, pageSize)).toEqual({
        ok: true,
        events: TOTAL,
        streams: LENGTHS.length,
        seals: 1,
        digests: 0,
      });
  });

  it.each([
    ['first', 1],
    ['middle', middle(n)],
    ['last', n],
  ])('names an alteration of the %s link', async (_where, seq) => {
    const reports = await verifyTampered(
      t.db,
      sql`update audit_event set payload = '{"i": -1}' where stream = ${stream} and seq = ${seq}`,
    );
    for (const report of reports)
      expect(report).toMatchObject({
        ok: false,
        broken: { stream, seq: String(seq), reason: 'hash does not match the event’s content (altered)' },
      });
  });

  it('names a deleted link in the middle as the gap it leaves', async () => {
    const seq = middle(n);
    const reports = await verifyTampered(
      t.db,
      sql`delete from audit_event where stream = ${stream} and seq = ${seq}`,
    );
    for (const report of reports)
      expect(report).toMatchObject({
        ok: false,
        broken: {
          stream,
          seq: String(seq),
          reason: `missing: the stream jumps from seq ${seq - 1} to ${seq + 1}`,
        },
      });
  });

  it('names a deleted last link, which the seal had fixed', async () => {
    const reports = await verifyTampered(
      t.db,
      sql`delete from audit_event where stream = ${stream} and seq = ${n}`,
    );
    for (const report of reports)
      expect(report).toMatchObject({
        ok: false,
        broken: {
          stream,
          seq: String(n),
          reason: `missing: sealed up to seq ${n} by seal 1, the stream ends at ${n - 1}`,
        },
      });
  });
});
