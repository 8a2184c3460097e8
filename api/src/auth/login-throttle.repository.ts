import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { ADVISORY_LOCK } from '../db/sql-conventions.js';

type Q = Kysely<Database>;

const windowStart = (minutes: number) => sql<Date>`jicai_now() - make_interval(mins => ${minutes})`;

/**
 * Serialises the login attempts of one account × address until the transaction ends, so parallel
 * guesses cannot all read the failure count before any of them is recorded.
 */
export async function lockLoginPair(trx: Q, login: string, ip: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`login|${login}|${ip}`}, ${sql.lit(ADVISORY_LOCK.loginThrottle)}))`.execute(
    trx,
  );
}

/**
 * Failed logins of one account × address in the window since that pair's last success, and the
 * seconds since the last of them, on the database clock.
 */
export async function readPairFailures(trx: Q, login: string, ip: string, windowMinutes: number) {
  const { rows } = await sql<{ failures: number; since: number | null }>`
    select count(*)::int as failures, extract(epoch from jicai_now() - max(at))::float8 as since
    from login_attempt
    where login = ${login} and ip = ${ip} and not succeeded
      and at > greatest(${windowStart(windowMinutes)},
        (select max(at) from login_attempt where login = ${login} and ip = ${ip} and succeeded))`.execute(
    trx,
  );
  const row = rows[0] ?? { failures: 0, since: null };
  return { failures: row.failures, secondsSinceLast: row.since ?? 0 };
}

/**
 * Failed logins of an account from every address in the window, since its last success and since
 * the office last lifted its lock (greatest() skips the nulls).
 */
export async function countAccountFailures(
  trx: Q,
  login: string,
  windowMinutes: number,
  lockLiftedAt: Date | null,
): Promise<number> {
  const { rows } = await sql<{ failures: number }>`
    select count(*)::int as failures from login_attempt
    where login = ${login} and not succeeded
      and at > greatest(${windowStart(windowMinutes)}, ${lockLiftedAt}::timestamptz,
        (select max(at) from login_attempt where login = ${login} and succeeded))`.execute(trx);
  return rows[0]?.failures ?? 0;
}

/** The attempt recorded as failed before its password was checked turned out right. */
export async function markAttemptSucceeded(trx: Q, attemptId: string): Promise<void> {
  await trx.updateTable('login_attempt').set({ succeeded: true }).where('id', '=', attemptId).execute();
}

/** Locks the account; false when it already was. */
export async function lockAccount(trx: Q, userId: string): Promise<boolean> {
  const r = await trx
    .updateTable('app_user')
    .set({ locked_at: sql`jicai_now()` })
    .where('id', '=', userId)
    .where('locked_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Lifts the lock; the failures before it no longer count. The locked user, or undefined. */
export function liftAccountLock(trx: Q, userId: string) {
  return trx
    .updateTable('app_user')
    .set({ locked_at: null, lock_lifted_at: sql`jicai_now()` })
    .where('id', '=', userId)
    .where('locked_at', 'is not', null)
    .returning(['id', 'login', 'organisation_id'])
    .executeTakeFirst();
}
