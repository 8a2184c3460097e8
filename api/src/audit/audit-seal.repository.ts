import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { UTC_MICROS_FORMAT } from '../db/sql-conventions.js';
import type { StreamHeads } from './audit-seal.table.js';

type Q = Kysely<Database>;

/** An instant as the audit chain hashes it: UTC, microseconds, `Z` (as appendAudit writes `at`). */
export const AUDIT_INSTANT = sql.lit(UTC_MICROS_FORMAT);

export interface StreamHead {
  readonly stream: string;
  readonly seq: string;
  readonly hash: string;
  readonly id: string;
}

/**
 * Every stream's last event, in one statement (one snapshot). A loose index scan over the
 * (stream, seq) unique index: one probe per stream, not a pass over every event.
 */
export async function readStreamHeads(db: Q): Promise<StreamHead[]> {
  const { rows } = await sql<StreamHead>`
    with recursive streams(stream) as (
      select min(stream) from audit_event
      union all
      select (select min(e.stream) from audit_event e where e.stream > s.stream)
      from streams s where s.stream is not null
    )
    select h.stream, h.seq::text as seq, h.hash, h.id::text as id
    from streams s cross join lateral (
      select e.stream, e.seq, e.hash, e.id from audit_event e
      where e.stream = s.stream order by e.seq desc limit 1
    ) h`.execute(db);
  return rows;
}

export function readSealedHeads(db: Q) {
  return db.selectFrom('audit_sealed_head').select(['stream', 'seq', 'hash']).execute();
}

export function findLastSeal(db: Q) {
  return db
    .selectFrom('audit_seal')
    .select(['id', 'seal_hash', 'stream_count', 'event_count'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The database clock's now, as the chain hashes instants. */
export async function readAuditNow(db: Q): Promise<string> {
  const { rows } = await sql<{
    at: string;
  }>`select to_char(jicai_now() at time zone 'UTC', ${AUDIT_INSTANT}) as at`.execute(db);
  return (rows[0] as { at: string }).at;
}

export interface NewSeal {
  readonly sealedAt: string;
  readonly throughEventId: string;
  readonly streamHeads: StreamHeads;
  readonly streamCount: number;
  readonly eventCount: string;
  readonly sealHash: string;
  readonly prevSealHash: string;
}

export function insertSeal(db: Q, seal: NewSeal) {
  return db
    .insertInto('audit_seal')
    .values({
      sealed_at: seal.sealedAt,
      through_event_id: seal.throughEventId,
      stream_heads: JSON.stringify(seal.streamHeads),
      stream_count: seal.streamCount,
      event_count: seal.eventCount,
      seal_hash: seal.sealHash,
      prev_seal_hash: seal.prevSealHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function upsertSealedHeads(db: Q, sealId: string, heads: StreamHeads) {
  const values = Object.entries(heads).map(([stream, h]) => ({
    stream,
    seq: h.seq,
    hash: h.hash,
    seal_id: sealId,
  }));
  for (let i = 0; i < values.length; i += 1000) {
    await db
      .insertInto('audit_sealed_head')
      .values(values.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.column('stream').doUpdateSet((eb) => ({
          seq: eb.ref('excluded.seq'),
          hash: eb.ref('excluded.hash'),
          seal_id: eb.ref('excluded.seal_id'),
        })),
      )
      .execute();
  }
}

/** Seals after `afterId`, oldest first, with `sealed_at` as it was hashed. */
export function readSealsPage(db: Q, afterId: string, limit: number) {
  return db
    .selectFrom('audit_seal')
    .select([
      'id',
      sql<string>`to_char(sealed_at at time zone 'UTC', ${AUDIT_INSTANT})`.as('sealed_at'),
      'through_event_id',
      'stream_heads',
      'stream_count',
      'event_count',
      'seal_hash',
      'prev_seal_hash',
    ])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Events after (stream, seq) in chain order, keyset-paged on the (stream, seq) unique index. */
export function readEventsPage(db: Q, after: { stream: string; seq: string } | null, limit: number) {
  let query = db
    .selectFrom('audit_event')
    .select([
      'stream',
      sql<string>`seq::text`.as('seq'),
      sql<string>`to_char(at at time zone 'UTC', ${AUDIT_INSTANT})`.as('at'),
      'actor_user_id',
      'action',
      'subject',
      'payload',
      'prev_hash',
      'hash',
    ])
    // qualified: a bare `seq` would name the text column selected above and sort 1, 10, 100, 2
    .orderBy('audit_event.stream')
    .orderBy('audit_event.seq')
    .limit(limit);
  if (after) {
    query = query.where(sql<boolean>`(stream, seq) > (${after.stream}, ${after.seq}::bigint)`);
  }
  return query.execute();
}

export type EventRow = Awaited<ReturnType<typeof readEventsPage>>[number];
