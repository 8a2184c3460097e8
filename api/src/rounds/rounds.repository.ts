import {
  evolveRound,
  type RoundCalendar,
  type RoundEvent,
  type RoundSnapshot,
  type RoundState,
  type Ruleset,
} from '@jicai/domain';
import { sql, type InferResult, type Kysely, type Transaction, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { ROUND_EVENT_ACTION, roundStream } from '../audit/audit-actions.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/database.js';
import { ADVISORY_LOCK } from '../db/sql-conventions.js';
import { notFound } from '../http/app-error.js';
import { toRoundCalendar } from './rounds.mapper.js';
import type { RoundTable } from './rounds.table.js';
import { instantKey, key, keysetPage, type Page } from '../http/list.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The round row as stored, or undefined. */
export function findRoundById(db: Q, id: string) {
  return db.selectFrom('round').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The round's state alone, or undefined. */
export function findRoundState(db: Q, id: string) {
  return db.selectFrom('round').select('state').where('id', '=', id).executeTakeFirst();
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

/** What the domain's decideRound needs; the demand feature passes its count of reports awaiting review. */
export async function loadRoundSnapshot(
  trx: Q,
  id: string,
  pendingDemandReports: number,
): Promise<RoundSnapshot> {
  const row = await trx
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
  if (!row) throw notFound('round');
  return {
    state: row.state,
    calendar: toRoundCalendar(row),
    productCount: Number(row.product_count ?? 0),
    regionCount: Number(row.region_count ?? 0),
    pendingDemandReports,
  };
}

/**
 * Applies the decided events to the (locked) round: each is evolved and audited in order, then the
 * final state is written once. Returns the new state. `actorUserId` is null for the scheduler.
 */
export async function applyRoundEvents(
  trx: Trx,
  roundId: string,
  events: readonly RoundEvent[],
  actorUserId: string | null,
): Promise<RoundState> {
  const row = await lockRoundForUpdate(trx, roundId);
  if (!row) throw notFound('round');
  let state = row.state;
  for (const event of events) {
    const from = state;
    state = evolveRound(state, event);
    const stream = roundStream(roundId);
    await appendAudit(trx, {
      stream,
      actorUserId,
      action: ROUND_EVENT_ACTION[event.type],
      subject: stream,
      payload: { event, from, to: state },
    });
  }
  if (state !== row.state) await trx.updateTable('round').set({ state }).where('id', '=', roundId).execute();
  return state;
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
