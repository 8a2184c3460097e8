import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** The last seal taken before `before` (the end of a day), with its hash and counts. */
export function findLastSealBefore(db: Q, before: Date) {
  return db
    .selectFrom('audit_seal')
    .select(['id', 'seal_hash', 'stream_count', 'event_count'])
    .where('sealed_at', '<', before)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findFirstSeal(db: Q) {
  return db.selectFrom('audit_seal').select(['id', 'sealed_at']).orderBy('id').limit(1).executeTakeFirst();
}

export function insertDigest(
  db: Q,
  values: { day: string; sealId: string; digestHash: string; streamCount: number; eventCount: string },
) {
  // a day's digest is published once: a second publisher's insert is a no-op (the table refuses updates)
  return db
    .insertInto('audit_digest')
    .values({
      day: values.day,
      seal_id: values.sealId,
      digest_hash: values.digestHash,
      stream_count: values.streamCount,
      event_count: values.eventCount,
    })
    .onConflict((oc) => oc.column('day').doNothing())
    .execute();
}

function selectDigests(db: Q) {
  return db
    .selectFrom('audit_digest')
    .innerJoin('audit_seal', 'audit_seal.id', 'audit_digest.seal_id')
    .select([
      sql<string>`audit_digest.day::text`.as('day'),
      'audit_digest.seal_id',
      'audit_seal.seal_hash',
      'audit_digest.digest_hash',
      'audit_digest.stream_count',
      'audit_digest.event_count',
      'audit_digest.published_at',
    ]);
}

export function findDigest(db: Q, day: string) {
  return selectDigests(db).where('audit_digest.day', '=', day).executeTakeFirst();
}

export function findLatestDigestDay(db: Q) {
  return db
    .selectFrom('audit_digest')
    .select(sql<string>`day::text`.as('day'))
    .orderBy('day', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listDigests(db: Q, limit: number) {
  return selectDigests(db).orderBy('audit_digest.day', 'desc').limit(limit).execute();
}

export type DigestRow = NonNullable<Awaited<ReturnType<typeof findDigest>>>;

/** Every digest, oldest first, as stored (verification recomputes each). */
export function readAllDigests(db: Q) {
  return db
    .selectFrom('audit_digest')
    .select([sql<string>`day::text`.as('day'), 'seal_id', 'digest_hash', 'stream_count', 'event_count'])
    .orderBy('day')
    .execute();
}
