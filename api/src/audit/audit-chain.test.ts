import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvents, appendThreeStreams, tamper } from '../test-support/audit-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import type { AuditAction, AuditStream } from './audit-actions.js';
import { appendAudit } from './audit.repository.js';
import { chainHash } from './audit-hash.js';
import { sealAudit } from './seal-audit.js';
import { verifyAuditChain } from './verify-chain.js';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
});
afterEach(() => t.close());

describe('the audit chain', () => {
  it('verifies per stream, and the database refuses to rewrite events, seals or digests', async () => {
    await appendThreeStreams(t.db);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: 9, streams: 3, seals: 0, digests: 0 });
    await expect(sql`update audit_event set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event`.execute(t.db)).rejects.toThrow(/append-only/);
    await sealAudit(t.db);
    await expect(sql`update audit_seal set seal_hash = 'x'`.execute(t.db)).rejects.toThrow(
      /audit_seal is append-only/,
    );
    await expect(sql`delete from audit_seal`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('links in SQL exactly as chainHash encodes: odd text, nesting and key order verify in Node', async () => {
    const payloads: unknown[] = [
      { z: 1, a: [true, false, null, { y: 'é中文', b: '"\\quote\\"' }], m: {} },
      { tabs: 'a\tb\nc\rd\b\f\u0001\u001f\u007f', emoji: '💊', sep: '\u2028', slash: 'a/b' },
      [[], [1, -2, 3.25, 0.1, 12345678901234], 'x'],
      { Zkey: 1, akey: 2, _k: 3, ä: 4, '10': 5, '9': 6 },
      'plain',
      null,
    ];
    await t.db.transaction().execute(async (trx) => {
      for (const [i, payload] of payloads.entries())
        await appendAudit(trx, {
          stream: (i % 2 ? 'odd' : 'even') as AuditStream,
          actorUserId: null,
          action: 'test.encoding' as AuditAction,
          subject: 'subject "quoted" 中',
          payload,
        });
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: payloads.length });
    await expect(
      t.db.transaction().execute((trx) =>
        appendAudit(trx, {
          stream: 'x' as AuditStream,
          actorUserId: null,
          action: 'a' as AuditAction,
          subject: 's',
          payload: { n: 1e21 },
        }),
      ),
    ).rejects.toThrow(/exponent/);
  });

  it('names the first altered event', async () => {
    await appendThreeStreams(t.db);
    await tamper(
      t.db,
      'audit_event',
      sql`update audit_event set payload = '{"i": 99}' where stream = 'round:b' and seq = 2`,
    );
    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({
      ok: false,
      broken: { stream: 'round:b', seq: '2', reason: expect.stringMatching(/hash does not match/) },
    });
  });

  it('names a deleted event as the gap it leaves', async () => {
    await appendThreeStreams(t.db);
    await tamper(t.db, 'audit_event', sql`delete from audit_event where stream = 'round:a' and seq = 2`);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      broken: { stream: 'round:a', seq: '2', reason: 'missing: the stream jumps from seq 1 to 3' },
    });
  });

  it('names a forged prev_hash even when the forger recomputed the event’s own hash', async () => {
    await appendThreeStreams(t.db);
    const row = await t.db
      .selectFrom('audit_event')
      .select([
        'seq',
        sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at'),
        'payload',
      ])
      .where('stream', '=', 'round:b')
      .where('seq', '=', '3')
      .executeTakeFirstOrThrow();
    const forgedPrev = 'f'.repeat(64);
    const fields = {
      stream: 'round:b',
      seq: '3',
      at: row.at,
      actorUserId: null,
      action: 'test.step',
      subject: 'round:b',
      payload: row.payload,
    };
    await tamper(
      t.db,
      'audit_event',
      sql`update audit_event set prev_hash = ${forgedPrev}, hash = ${chainHash(forgedPrev, fields)}
          where stream = 'round:b' and seq = 3`,
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      broken: { stream: 'round:b', seq: '3', reason: 'prev_hash does not link to seq 2' },
    });
  });

  it('names reordered events', async () => {
    await appendThreeStreams(t.db);
    // swapped in three steps: the (stream, seq) unique constraint is checked row by row
    for (const [from, to] of [
      [2, 1000],
      [3, 2],
      [1000, 3],
    ]) {
      await tamper(
        t.db,
        'audit_event',
        sql`update audit_event set seq = ${to} where stream = 'round:b' and seq = ${from}`,
      );
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      broken: { stream: 'round:b', seq: '2', reason: 'prev_hash does not link to seq 1' },
    });
  });

  it('catches a stream rewritten end to end, every hash recomputed, by its seal', async () => {
    await appendThreeStreams(t.db);
    await sealAudit(t.db);
    const rows = await t.db
      .selectFrom('audit_event')
      .select([
        'id',
        'seq',
        sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at'),
      ])
      .where('stream', '=', 'round:a')
      .orderBy('seq')
      .execute();
    let prev = '0'.repeat(64);
    const rewrite = rows.map((r) => {
      const payload = { i: Number(r.seq) * 100 };
      const fields = {
        stream: 'round:a',
        seq: r.seq,
        at: r.at,
        actorUserId: null,
        action: 'test.step',
        subject: 'round:a',
        payload,
      };
      const hash = chainHash(prev, fields);
      const statement = sql`update audit_event set payload = ${JSON.stringify(payload)}, prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`;
      prev = hash;
      return statement;
    });
    for (const statement of rewrite) await tamper(t.db, 'audit_event', statement);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      broken: { stream: 'round:a', seq: '3', reason: 'hash differs from seal 1 (chain rewritten)' },
    });
  });

  it('catches a deleted tail the seals had already fixed', async () => {
    await appendThreeStreams(t.db);
    await sealAudit(t.db);
    await tamper(t.db, 'audit_event', sql`delete from audit_event where stream = 'round:b' and seq >= 3`);
    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({ ok: false, broken: { stream: 'round:b', seq: '3' } });
    if (!report.ok) expect(report.broken.reason).toMatch(/^missing: sealed up to seq 4 by seal 1/);
    // the sealer does not seal over the loss
    expect(await sealAudit(t.db)).toEqual({ seal: null, regressed: ['round:b'] });
  });

  it('chains seals on every beat, records only what moved, and names a forged seal', async () => {
    await appendThreeStreams(t.db);
    const first = await sealAudit(t.db);
    expect(first.seal).toMatchObject({ id: '1', movedStreams: 3, streamCount: 3, eventCount: '9' });
    // a beat with nothing new still seals: the seal count must not tell when bids were made
    expect((await sealAudit(t.db)).seal).toMatchObject({
      id: '2',
      movedStreams: 0,
      streamCount: 3,
      eventCount: '9',
    });
    await appendEvents(t.db, 'round:a', 2);
    await appendEvents(t.db, 'bids:x', 1);
    const second = await sealAudit(t.db);
    expect(second.seal).toMatchObject({ id: '3', movedStreams: 2, streamCount: 4, eventCount: '12' });
    const seals = await t.db.selectFrom('audit_seal').selectAll().orderBy('id').execute();
    expect(seals[2]?.prev_seal_hash).toBe(seals[1]?.seal_hash);
    expect(seals[2]?.stream_heads).toEqual({
      'round:a': { seq: '5', hash: expect.any(String) },
      'bids:x': { seq: '1', hash: expect.any(String) },
    });
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: 12, streams: 4, seals: 3, digests: 0 });

    await tamper(t.db, 'audit_seal', sql`update audit_seal set stream_heads = '{}' where id = 1`);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      broken: { stream: 'audit_seal', seq: '1', reason: 'seal_hash does not match the seal’s content' },
    });
  });

  it('appends on 50 streams at once without waiting on one another, and the chain holds', async () => {
    const streams = Array.from({ length: 50 }, (_, i) => `bids:round-1:company-${i}`);
    await Promise.all(streams.map((s) => appendEvents(t.db, s, 3)));
    await Promise.all(streams.slice(0, 10).map((s) => appendEvents(t.db, s, 1)));
    expect(await verifyAuditChain(t.db, 37)).toEqual({
      ok: true,
      events: 160,
      streams: 50,
      seals: 0,
      digests: 0,
    });
  });
});
