import { DEADLINE_EXTENSION_STATES } from '@jicai/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { ADVISORY_LOCK } from '../db/sql-conventions.js';
import type { ExtendedField, NoticeKind } from './outages.table.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export function insertOutage(
  trx: Trx,
  values: { startsAt: Date; endsAt: Date | null; cause: string; recordedBy: string },
) {
  return trx
    .insertInto('outage')
    .values({
      starts_at: values.startsAt,
      ends_at: values.endsAt,
      cause: values.cause,
      recorded_by: values.recordedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function lockOutage(trx: Trx, id: string) {
  return trx.selectFrom('outage').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function setOutageEnd(trx: Trx, id: string, endsAt: Date) {
  return trx
    .updateTable('outage')
    .set({ ends_at: endsAt })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listOutages(db: Q) {
  return db.selectFrom('outage').selectAll().orderBy('starts_at', 'desc').orderBy('id').execute();
}

/** Whether an outage is going on now on the database clock (started, not ended). */
export async function findOngoingOutage(db: Q) {
  return db
    .selectFrom('outage')
    .select(['id', 'starts_at'])
    .where('ends_at', 'is', null)
    .where('starts_at', '<=', sql<Date>`jicai_now()`)
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst();
}

/** Serialises outage records: two office admins recording at once extend from the same register. */
export async function lockOutageRegister(trx: Trx) {
  await sql`select pg_advisory_xact_lock(hashtextextended('outage-register', ${sql.lit(ADVISORY_LOCK.outageRegister)}))`.execute(
    trx,
  );
}

/**
 * The rounds an outage may affect; with `lockIds`, only those, locked in id order (the scheduler
 * locks one round at a time, so no cycle).
 */
export function findRoundsWithDeadlines(trx: Trx, lockIds?: readonly string[]) {
  let query = trx
    .selectFrom('round')
    .leftJoin('round_outage_formula as f', 'f.round_id', 'round.id')
    .select([
      'round.id',
      'round.code',
      'round.name',
      'round.state',
      'round.demand_closes_at',
      'round.bidding_opens_at',
      'round.bidding_closes_at',
      'round.opening_at',
      'f.grace_after_minutes',
      'f.extension_minutes',
      'f.minimum_extension_minutes',
    ])
    .where('round.state', 'in', DEADLINE_EXTENSION_STATES)
    .where('round.published_at', 'is not', null)
    .where('round.opening_at', 'is not', null)
    .orderBy('round.id');
  if (lockIds) query = query.where('round.id', 'in', lockIds).forUpdate('round');
  return query.execute();
}

export type DeadlineRoundRow = Awaited<ReturnType<typeof findRoundsWithDeadlines>>[number];

/** Each (round, field)'s time as published: the old time of its first extension. */
export function findPublishedDeadlines(db: Q, roundIds: readonly string[]) {
  if (roundIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('deadline_extension')
    .distinctOn(['round_id', 'field'])
    .select(['round_id', 'field', 'old_at'])
    .where('round_id', 'in', roundIds)
    .orderBy('round_id')
    .orderBy('field')
    .orderBy('id')
    .execute();
}

export function setRoundDeadlines(trx: Trx, roundId: string, values: Partial<Record<ExtendedField, Date>>) {
  return trx.updateTable('round').set(values).where('id', '=', roundId).execute();
}

export function insertNotice(
  trx: Trx,
  values: { roundId: string | null; kind: NoticeKind; title: string; body: string },
) {
  return trx
    .insertInto('public_notice')
    .values({ round_id: values.roundId, kind: values.kind, title: values.title, body: values.body })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertExtensions(
  trx: Trx,
  rows: readonly {
    round_id: string;
    field: ExtendedField;
    old_at: Date;
    new_at: Date;
    outage_id: string;
    notice_id: string;
  }[],
) {
  return trx.insertInto('deadline_extension').values(rows).execute();
}

export function listNotices(db: Q, filter: { roundId?: string }, limit = 200) {
  let query = db
    .selectFrom('public_notice')
    .selectAll()
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(limit);
  if (filter.roundId !== undefined) query = query.where('round_id', '=', filter.roundId);
  return query.execute();
}

export function findFormula(db: Q, roundId: string) {
  return db.selectFrom('round_outage_formula').selectAll().where('round_id', '=', roundId).executeTakeFirst();
}

export function upsertFormula(
  trx: Trx,
  values: {
    round_id: string;
    grace_after_minutes: number;
    extension_minutes: number | null;
    minimum_extension_minutes: number;
  },
) {
  return trx
    .insertInto('round_outage_formula')
    .values(values)
    .onConflict((oc) =>
      oc.column('round_id').doUpdateSet({
        grace_after_minutes: values.grace_after_minutes,
        extension_minutes: values.extension_minutes,
        minimum_extension_minutes: values.minimum_extension_minutes,
      }),
    )
    .execute();
}

/** The public notices' version: notices are append-only, so their count moves with every one. */
export async function readNoticesVersion(db: Q): Promise<string> {
  const row = await db
    .selectFrom('public_notice')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return String(row.count);
}
