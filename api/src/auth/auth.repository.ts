import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Actor } from './roles.js';

type Q = Kysely<Database>;

export function findUserByLogin(db: Q, login: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select([
      'app_user.id',
      'app_user.login',
      'app_user.password_hash',
      'app_user.roles',
      'app_user.disabled',
      'app_user.display_name',
      'app_user.locked_at',
      'app_user.lock_lifted_at',
      'organisation.id as organisation_id',
      'organisation.kind',
      'organisation.region_code',
      'organisation.name as organisation_name',
    ])
    .where('app_user.login', '=', login)
    .executeTakeFirst();
}

/** Records a login attempt on the database clock; its id. */
export async function recordLoginAttempt(db: Q, login: string, ip: string, succeeded: boolean) {
  const row = await db
    .insertInto('login_attempt')
    .values({ login, ip, succeeded, at: sql`jicai_now()` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function insertSession(db: Q, tokenHash: string, userId: string, hours: number) {
  return db
    .insertInto('session')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      expires_at: sql`jicai_now() + make_interval(hours => ${hours})`,
      last_seen_at: sql`jicai_now()`,
    })
    .returning('expires_at')
    .executeTakeFirstOrThrow();
}

export function deleteSession(db: Q, tokenHash: string) {
  return db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

export function insertApiToken(db: Q, tokenHash: string, userId: string, name: string, days: number) {
  return db
    .insertInto('api_token')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      name,
      expires_at: sql`jicai_now() + make_interval(days => ${days})`,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

const actorColumns = [
  'app_user.id as userId',
  'app_user.login',
  'organisation.id as organisationId',
  'organisation.kind as organisationKind',
  'organisation.region_code as regionCode',
  'app_user.roles',
] as const;

/**
 * The actor behind a live session: not expired, used within the idle timeout (both on the database
 * clock), user not disabled. The same statement marks the session seen, at most once a minute, so
 * the idle timeout costs no extra round trip and most requests write nothing.
 */
export async function findActorBySession(
  db: Q,
  tokenHash: string,
  idleMinutes: number,
): Promise<Actor | undefined> {
  const idleSince = sql<Date>`jicai_now() - make_interval(mins => ${idleMinutes})`;
  return db
    .with('seen', (q) =>
      q
        .updateTable('session')
        .set({ last_seen_at: sql`jicai_now()` })
        .where('token_hash', '=', tokenHash)
        .where('last_seen_at', '<', sql<Date>`jicai_now() - interval '1 minute'`)
        .where('last_seen_at', '>', idleSince)
        .where('expires_at', '>', sql<Date>`jicai_now()`)
        .returning('token_hash'),
    )
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select(actorColumns)
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', sql<Date>`jicai_now()`)
    .where('session.last_seen_at', '>', idleSince)
    .where('app_user.disabled', '=', false)
    .executeTakeFirst();
}

/** The actor behind a live API token: not revoked, not expired (every token expires). */
export async function findActorByApiToken(db: Q, tokenHash: string): Promise<Actor | undefined> {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select(actorColumns)
    .where('api_token.token_hash', '=', tokenHash)
    .where('api_token.revoked_at', 'is', null)
    .where('api_token.expires_at', '>', sql<Date>`jicai_now()`)
    .where('app_user.disabled', '=', false)
    .executeTakeFirst();
}
