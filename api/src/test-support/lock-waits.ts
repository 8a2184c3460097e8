import { sql, type Kysely } from 'kysely';

// Tests that make one writer wait for another observe the wait in PostgreSQL rather than sleeping
// and hoping it happened: hold the lock in a transaction, start the writer, then
// `await expect.poll(() => backendsBlockedBy(t.db, holder)).toBeGreaterThan(0)`.

/** The server process behind a connection (a transaction's, to name the lock holder). */
export async function backendPid(db: Kysely<any>): Promise<number> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  return rows[0]?.pid as number;
}

/** How many backends are waiting for a lock that the backend `holder` holds. */
export async function backendsBlockedBy(db: Kysely<any>, holder: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where wait_event_type = 'Lock' and ${holder}::int = any(pg_blocking_pids(pid))`.execute(db);
  return rows[0]?.n ?? 0;
}
