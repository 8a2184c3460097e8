import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export interface TermsRow {
  readonly region_code: string | null;
  readonly region_name: string | null;
  readonly due_days: number;
  readonly working_days: boolean;
}

/** The round's row (region null) and its regions' rows. */
export function listTerms(db: Q, roundId: string): Promise<TermsRow[]> {
  return db
    .selectFrom('payment_terms as t')
    .leftJoin('region as r', 'r.code', 't.region_code')
    .select(['t.region_code', 'r.name as region_name', 't.due_days', 't.working_days'])
    .where('t.round_id', '=', roundId)
    .orderBy('t.region_code', (ob) => ob.asc().nullsFirst())
    .execute();
}

/** Replaces the round's terms as a whole. */
export async function replaceTerms(
  trx: Trx,
  roundId: string,
  rows: readonly { region_code: string | null; due_days: number; working_days: boolean }[],
  setBy: string,
) {
  await trx.deleteFrom('payment_terms').where('round_id', '=', roundId).execute();
  if (rows.length === 0) return;
  await trx
    .insertInto('payment_terms')
    .values(rows.map((r) => ({ ...r, round_id: roundId, set_by: setBy })))
    .execute();
}

/** The round's regions, to check the codes a region's terms name. */
export async function roundRegionCodes(db: Q, roundId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('round_region')
    .select('region_code')
    .where('round_id', '=', roundId)
    .execute();
  return new Set(rows.map((r) => r.region_code));
}

/** The terms in force for a region: the region's row, else the round's, else none (the ruleset's). */
export function termsInForce(db: Q, roundId: string, regionCode: string) {
  return db
    .selectFrom('payment_terms')
    .select(['due_days', 'working_days'])
    .where('round_id', '=', roundId)
    .where((eb) => eb.or([eb('region_code', '=', regionCode), eb('region_code', 'is', null)]))
    .orderBy('region_code', (ob) => ob.asc().nullsLast())
    .limit(1)
    .executeTakeFirst();
}

export function findRoundRuleset(db: Q, roundId: string) {
  return db
    .selectFrom('round')
    .select(['state', 'ruleset_frozen'])
    .where('id', '=', roundId)
    .executeTakeFirst();
}
