import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { UTC_MICROS_FORMAT } from '../db/sql-conventions.js';

type Q = Kysely<Database>;

export function findRoundKey(db: Q, roundId: string) {
  return db.selectFrom('round_key').selectAll().where('round_id', '=', roundId).executeTakeFirst();
}

export function insertRoundKey(
  trx: Q,
  v: { roundId: string; publicKey: Buffer; roundKeyId: string; k: number; n: number; createdBy: string },
) {
  return trx
    .insertInto('round_key')
    .values({
      round_id: v.roundId,
      public_key: v.publicKey,
      round_key_id: v.roundKeyId,
      k: v.k,
      n: v.n,
      created_by: v.createdBy,
    })
    .returning(
      sql<string>`to_char(created_at at time zone 'UTC', ${sql.lit(UTC_MICROS_FORMAT)})`.as('created_at'),
    )
    .executeTakeFirstOrThrow();
}

export function insertOfficials(
  trx: Q,
  rows: readonly {
    roundId: string;
    userId: string;
    shareIndex: number;
    shareHash: string;
    pending: string | null;
  }[],
) {
  return trx
    .insertInto('round_key_official')
    .values(
      rows.map((r) => ({
        round_id: r.roundId,
        user_id: r.userId,
        share_index: r.shareIndex,
        share_hash: r.shareHash,
        pending_share: r.pending,
      })),
    )
    .execute();
}

/** Of the given users, those who are enabled office officials. */
export async function findOfficialUserIds(db: Q, userIds: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('id', 'in', [...userIds])
    .where('disabled', '=', false)
    .where(sql<boolean>`'office-official' = any(roles)`)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export function listOfficials(db: Q, roundId: string) {
  return db
    .selectFrom('round_key_official')
    .innerJoin('app_user', 'app_user.id', 'round_key_official.user_id')
    .select([
      'round_key_official.user_id',
      'app_user.display_name',
      'round_key_official.share_index',
      'round_key_official.share_hash',
      sql<boolean>`round_key_official.pending_share is null`.as('fetched'),
    ])
    .where('round_key_official.round_id', '=', roundId)
    .orderBy('round_key_official.share_index')
    .execute();
}

/** The official's row with the round key, locked: a share is handed over once, even to two racing requests. */
export function lockOfficial(trx: Q, roundId: string, userId: string) {
  return trx
    .selectFrom('round_key_official')
    .innerJoin('round_key', 'round_key.round_id', 'round_key_official.round_id')
    .select([
      'round_key_official.share_index',
      'round_key_official.share_hash',
      'round_key_official.pending_share',
      'round_key_official.fetched_at',
      'round_key.round_key_id',
      'round_key.k',
      'round_key.n',
    ])
    .where('round_key_official.round_id', '=', roundId)
    .where('round_key_official.user_id', '=', userId)
    .forUpdate('round_key_official')
    .executeTakeFirst();
}

/** The stored copy is dropped in the transaction that hands it over. */
export function markShareFetched(trx: Q, roundId: string, userId: string) {
  return trx
    .updateTable('round_key_official')
    .set({ pending_share: null, fetched_at: sql<Date>`jicai_now()` })
    .where('round_id', '=', roundId)
    .where('user_id', '=', userId)
    .execute();
}

/** The round's state and publication, for visibility and the before-bidding rule. */
export function findRoundState(db: Q, roundId: string) {
  return db
    .selectFrom('round')
    .select(['state', sql<boolean>`published_at is not null`.as('published')])
    .where('id', '=', roundId)
    .executeTakeFirst();
}
