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

export function lockUserPassword(trx: Q, userId: string) {
  return trx
    .selectFrom('app_user')
    .select(['id', 'login', 'display_name', 'password_hash'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

export function updatePasswordHash(trx: Q, userId: string, passwordHash: string) {
  return trx.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
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
