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
      'organisation.id as organisation_id',
      'organisation.kind',
      'organisation.region_code',
      'organisation.name as organisation_name',
    ])
    .where('app_user.login', '=', login)
    .executeTakeFirst();
}

/** Failed logins in the window, by account and by address, judged on the database clock. */
export async function countRecentFailures(db: Q, login: string, ip: string, windowMinutes: number) {
  const row = await db
    .selectFrom('login_attempt')
    .select([
      sql<string>`count(*) filter (where login = ${login})`.as('by_login'),
      sql<string>`count(*) filter (where ip = ${ip})`.as('by_ip'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', sql<Date>`jicai_now() - make_interval(mins => ${windowMinutes})`)
    .where((eb) => eb.or([eb('login', '=', login), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return { byLogin: Number(row.by_login), byIp: Number(row.by_ip) };
}

export function recordLoginAttempt(db: Q, login: string, ip: string, succeeded: boolean) {
  return db
    .insertInto('login_attempt')
    .values({ login, ip, succeeded, at: sql`jicai_now()` })
    .execute();
}

export function insertSession(db: Q, tokenHash: string, userId: string, hours: number) {
  return db
    .insertInto('session')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      expires_at: sql`jicai_now() + make_interval(hours => ${hours})`,
    })
    .returning('expires_at')
    .executeTakeFirstOrThrow();
}

export function deleteSession(db: Q, tokenHash: string) {
  return db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

export function insertApiToken(db: Q, tokenHash: string, userId: string, name: string, days: number | null) {
  return db
    .insertInto('api_token')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      name,
      expires_at: days === null ? null : sql`jicai_now() + make_interval(days => ${days})`,
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

/** The actor behind a live session (not expired on the database clock, user not disabled). */
export async function findActorBySession(db: Q, tokenHash: string): Promise<Actor | undefined> {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select(actorColumns)
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', sql<Date>`jicai_now()`)
    .where('app_user.disabled', '=', false)
    .executeTakeFirst();
}

export async function findActorByApiToken(db: Q, tokenHash: string): Promise<Actor | undefined> {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select(actorColumns)
    .where('api_token.token_hash', '=', tokenHash)
    .where('api_token.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('api_token.expires_at', 'is', null),
        eb('api_token.expires_at', '>', sql<Date>`jicai_now()`),
      ]),
    )
    .where('app_user.disabled', '=', false)
    .executeTakeFirst();
}
