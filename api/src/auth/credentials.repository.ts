import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** A user's API tokens, newest first; never the hash. */
export function listApiTokens(db: Q, userId: string) {
  return db
    .selectFrom('api_token')
    .select([
      'id',
      'name',
      'created_at',
      'expires_at',
      'revoked_at',
      sql<boolean>`revoked_at is null and expires_at > jicai_now()`.as('live'),
    ])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** The user's own token, locked for its revocation; another user's is not found. */
export function lockApiToken(trx: Q, userId: string, tokenId: string) {
  return trx
    .selectFrom('api_token')
    .select(['id', 'name', 'token_hash', 'revoked_at'])
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

export function revokeApiToken(trx: Q, tokenId: string) {
  return trx
    .updateTable('api_token')
    .set({ revoked_at: sql`jicai_now()` })
    .where('id', '=', tokenId)
    .execute();
}

export function findUserPassword(db: Q, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'login', 'display_name', 'password_hash'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Replaces the hash only if it is still the one given; whether it did. */
export async function replacePasswordHash(trx: Q, userId: string, oldHash: string, newHash: string) {
  const r = await trx
    .updateTable('app_user')
    .set({ password_hash: newHash })
    .where('id', '=', userId)
    .where('password_hash', '=', oldHash)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Ends every session of the user but the one given (null: all); their hashes. */
export async function endSessions(trx: Q, userId: string, keepTokenHash: string | null) {
  const rows = await trx
    .deleteFrom('session')
    .where('user_id', '=', userId)
    .$if(keepTokenHash !== null, (q) => q.where('token_hash', '!=', keepTokenHash as string))
    .returning('token_hash')
    .execute();
  return rows.map((r) => r.token_hash);
}

export async function userExists(db: Q, userId: string): Promise<boolean> {
  return (
    (await db.selectFrom('app_user').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined
  );
}
