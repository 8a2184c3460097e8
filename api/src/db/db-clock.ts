import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The platform's real time, the database's (jicai_now() = now()): sessions, tokens, throttling, audit
 * instants and digests. A round's deadlines are judged on its own clock: readRoundNow.
 */
export async function readDbNow(db: Kysely<any>): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select jicai_now() as now`.execute(db);
  return (rows[0] as { now: Date }).now;
}

/** The round's time (jicai_round_now(round)): the database clock, or the rehearsal clock set on that round. */
export async function readRoundNow(db: Kysely<any>, roundId: string): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select jicai_round_now(${roundId}::uuid) as now`.execute(db);
  return (rows[0] as { now: Date }).now;
}

export interface RoundClockRow {
  readonly now: Date;
  readonly speed: string | null;
  readonly anchor_virtual: Date | null;
}

/** The round's time and, when one runs, its rehearsal clock. */
export async function readRoundClock(db: Kysely<any>, roundId: string): Promise<RoundClockRow> {
  const { rows } = await sql<RoundClockRow>`
    select jicai_round_now(${roundId}::uuid) as now, c.speed::text as speed, c.anchor_virtual
    from (select 1) one left join round_clock c on c.round_id = ${roundId}::uuid`.execute(db);
  return rows[0] as RoundClockRow;
}

/** Rehearsals and tests: from now on the round's clock reads `virtualNow`, running `speed` times real time. */
export async function setRoundClock(
  db: Kysely<any>,
  roundId: string,
  virtualNow: Date,
  speed: number | string = 1,
): Promise<void> {
  await sql`insert into round_clock (round_id, anchor_real, anchor_virtual, speed)
            values (${roundId}::uuid, clock_timestamp(), ${virtualNow}, ${String(speed)}::numeric)
            on conflict (round_id) do update set anchor_real = excluded.anchor_real,
              anchor_virtual = excluded.anchor_virtual, speed = excluded.speed`.execute(db);
}

/** Back to the database clock for that round. */
export async function clearRoundClock(db: Kysely<any>, roundId: string): Promise<void> {
  await sql`delete from round_clock where round_id = ${roundId}::uuid`.execute(db);
}

/** The round's time inside a query, for the round whose id is in `roundIdColumn`. */
export const roundNowOf = (roundIdColumn: string) => sql<Date>`jicai_round_now(${sql.ref(roundIdColumn)})`;

/** The round's time inside a query, for the round `roundId`. */
export const roundNowFor = (roundId: string) => sql<Date>`jicai_round_now(${roundId}::uuid)`;
