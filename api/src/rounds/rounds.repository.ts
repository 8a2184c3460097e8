import type { RoundCalendar, RoundState, Ruleset } from '@jicai/domain';
import { sql, type InferResult, type Kysely, type Transaction, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../db/database.js';
import { roundNowOf } from '../db/db-clock.js';
import { ADVISORY_LOCK } from '../db/sql-conventions.js';
import type { RoundTable } from './rounds.table.js';
import { instantKey, key, keysetPage, type Page } from '../http/list.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The round row as stored, or undefined. */
export function findRoundById(db: Q, id: string) {
  return db.selectFrom('round').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The round's id and whether it is published, by its canonical code; undefined for no round. */
export function findRoundIdByCode(db: Q, code: string) {
  return db
    .selectFrom('round')
    .select(['id', sql<boolean>`published_at is not null`.as('published')])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Rounds whose next timed step (demand opens/closes, bidding opens/closes) is due on their own clock. */
export function listRoundsWithTimedStepDue(db: Q) {
  const roundNow = roundNowOf('round.id');
  return db
    .selectFrom('round')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'published'), eb('demand_opens_at', '<=', roundNow)]),
        eb.and([eb('state', '=', 'demand-open'), eb('demand_closes_at', '<=', roundNow)]),
        eb.and([eb('state', '=', 'demand-locked'), eb('bidding_opens_at', '<=', roundNow)]),
        eb.and([eb('state', '=', 'bidding-open'), eb('bidding_closes_at', '<=', roundNow)]),
      ]),
    )
    .execute();
}

/** The round's state alone, or undefined. */
export function findRoundState(db: Q, id: string) {
  return db.selectFrom('round').select('state').where('id', '=', id).executeTakeFirst();
}

/** The round's state, its row locked for the rest of the transaction (no round gate: no bid waits on it). */
export function findRoundStateForUpdate(trx: Trx, id: string) {
  return trx.selectFrom('round').select('state').where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Locks the round row for the rest of the transaction: every decision about a round starts here.
 * The round gate first (migration 1610): bids hold it shared while they write, so a decision such as
 * closing bidding waits for the bids in flight and is seen by every bid after it.
 */
export async function lockRoundForUpdate(trx: Trx, id: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${id}::uuid::text, ${sql.lit(ADVISORY_LOCK.roundGate)}))`.execute(
    trx,
  );
  return trx.selectFrom('round').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The round with its product and region counts, for the domain's snapshot; undefined when absent. */
export function findRoundSnapshotRow(db: Q, id: string) {
  return db
    .selectFrom('round')
    .selectAll('round')
    .select((eb) => [
      eb
        .selectFrom('product')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('product.round_id', '=', 'round.id')
        .as('product_count'),
      eb
        .selectFrom('round_region')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('round_region.round_id', '=', 'round.id')
        .as('region_count'),
    ])
    .where('round.id', '=', id)
    .executeTakeFirst();
}

export type RoundSnapshotRow = NonNullable<Awaited<ReturnType<typeof findRoundSnapshotRow>>>;

export function setRoundState(trx: Trx, id: string, state: RoundState) {
  return trx.updateTable('round').set({ state }).where('id', '=', id).execute();
}

/** Inserts a draft round; undefined when the code is taken. */
export function insertRound(
  trx: Trx,
  values: { code: string; name: string; ruleset: unknown; createdBy: string },
) {
  return trx
    .insertInto('round')
    .values({
      code: values.code,
      name: values.name,
      ruleset: JSON.stringify(values.ruleset),
      created_by: values.createdBy,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function updateRound(trx: Trx, id: string, patch: Updateable<RoundTable>) {
  return trx.updateTable('round').set(patch).where('id', '=', id).execute();
}

export function setRoundCalendar(trx: Trx, id: string, calendar: RoundCalendar) {
  return trx
    .updateTable('round')
    .set({
      demand_opens_at: calendar.demandOpensAt,
      demand_closes_at: calendar.demandClosesAt,
      bidding_opens_at: calendar.biddingOpensAt,
      bidding_closes_at: calendar.biddingClosesAt,
      opening_at: calendar.openingAt,
      objection_working_days: calendar.objectionWorkingDays,
    })
    .where('id', '=', id)
    .execute();
}

/** Publishing freezes the resolved ruleset, on the round's clock. */
export function freezeRoundRuleset(trx: Trx, id: string, ruleset: Ruleset) {
  return trx
    .updateTable('round')
    .set({ ruleset_frozen: JSON.stringify(ruleset), published_at: sql<Date>`jicai_round_now(id)` })
    .where('id', '=', id)
    .execute();
}

export function deleteRoundRegions(trx: Trx, roundId: string) {
  return trx.deleteFrom('round_region').where('round_id', '=', roundId).execute();
}

export async function insertRoundRegions(trx: Trx, roundId: string, regionCodes: readonly string[]) {
  if (regionCodes.length === 0) return;
  await trx
    .insertInto('round_region')
    .values(regionCodes.map((region_code) => ({ round_id: roundId, region_code })))
    .execute();
}

export function listRegions(db: Q) {
  return db.selectFrom('region').select(['code', 'name']).orderBy('code').execute();
}

/** Of `codes`, those that name a region. */
export async function findKnownRegionCodes(db: Q, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('region').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

/** Rounds with their regions and product count; `publishedOnly` hides drafts. */
function roundViews(db: Q, filter: { id?: string; publishedOnly: boolean }) {
  let query = db
    .selectFrom('round')
    .selectAll('round')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('round_region')
          .innerJoin('region', 'region.code', 'round_region.region_code')
          .select(['region.code', 'region.name'])
          .whereRef('round_region.round_id', '=', 'round.id')
          .orderBy('region.code'),
      ).as('regions'),
      eb
        .selectFrom('product')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('product.round_id', '=', 'round.id')
        .as('product_count'),
      instantKey('round.created_at').as('created_key'),
    ]);
  if (filter.id !== undefined) query = query.where('round.id', '=', filter.id);
  if (filter.publishedOnly) query = query.where('round.published_at', 'is not', null);
  return query;
}

export function findRoundViews(db: Q, filter: { id: string; publishedOnly: boolean }) {
  return roundViews(db, filter).execute();
}

/** A page of rounds, newest first. */
export function pageRoundViews(db: Q, filter: { publishedOnly: boolean }, page: Page) {
  const query = roundViews(db, filter);
  type Row = InferResult<typeof query>[number];
  const keys = [
    key<Row>('round.created_at', (r) => r.created_key, true),
    key<Row>('round.code', (r) => r.code),
  ];
  return keysetPage(query, keys, page);
}

export type RoundViewRow = Awaited<ReturnType<typeof findRoundViews>>[number];
