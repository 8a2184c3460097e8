import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/** The platform's time is the database's (jicai_now(): now(), or the rehearsal clock when one is set). */
export async function readDbNow(db: Kysely<any>): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select jicai_now() as now`.execute(db);
  return (rows[0] as { now: Date }).now;
}

/** Rehearsals and tests: from now on the clock reads `virtualNow`, running `speed` times real time. */
export async function setRehearsalClock(db: Kysely<any>, virtualNow: Date, speed = 1): Promise<void> {
  await sql`insert into clock_setting (singleton, anchor_real, anchor_virtual, speed)
            values (true, clock_timestamp(), ${virtualNow}, ${speed})
            on conflict (singleton) do update set anchor_real = excluded.anchor_real,
              anchor_virtual = excluded.anchor_virtual, speed = excluded.speed`.execute(db);
}

export async function clearRehearsalClock(db: Kysely<any>): Promise<void> {
  await sql`delete from clock_setting`.execute(db);
}
