import { sql, type Kysely } from 'kysely';

/**
 * Tests only: the platform clock (jicai_now(), and so every round without a clock of its own, and
 * sessions) reads `virtualNow` from now on, running `speed` times real time. Production has no
 * such switch: jicai_now() is now(); the office moves one round's clock at a time
 * (PUT /api/rounds/{roundId}/clock). Each test file has its own database, so this moves nothing else.
 */
export async function setPlatformClock(db: Kysely<any>, virtualNow: Date, speed = 1): Promise<void> {
  const { rows } = await sql<{ real: string }>`select clock_timestamp()::text as real`.execute(db);
  const anchorReal = (rows[0] as { real: string }).real;
  const at = virtualNow.toISOString();
  await sql
    .raw(
      `create or replace function jicai_now() returns timestamptz language sql stable as $$
         select '${at}'::timestamptz + (clock_timestamp() - '${anchorReal}'::timestamptz) * ${Number(speed)}::float8
       $$`,
    )
    .execute(db);
}

/** Back to the real database clock. */
export async function clearPlatformClock(db: Kysely<any>): Promise<void> {
  await sql`create or replace function jicai_now() returns timestamptz language sql stable as $$ select now() $$`.execute(
    db,
  );
}
