import { sql, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../db/database.js';
import type { RoundAwardTable } from './award.table.js';

type Trx = Transaction<Database>;
type Q = Kysely<Database>;

/** The round's award row, created with the default parameters the first time it is needed. */
export async function ensureRoundAward(trx: Trx, roundId: string): Promise<Selectable<RoundAwardTable>> {
  await trx
    .insertInto('round_award')
    .values({ round_id: roundId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return trx.selectFrom('round_award').selectAll().where('round_id', '=', roundId).executeTakeFirstOrThrow();
}

export function findRoundAward(db: Q, roundId: string) {
  return db.selectFrom('round_award').selectAll().where('round_id', '=', roundId).executeTakeFirst();
}

export function updateRoundAward(trx: Trx, roundId: string, patch: Updateable<RoundAwardTable>) {
  return trx.updateTable('round_award').set(patch).where('round_id', '=', roundId).execute();
}

/** Revival offers still unanswered and objections still open: what holds the award back. */
export function countAwardBlockers(db: Q, roundId: string) {
  return db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('revival_offer')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('round_id', '=', roundId)
        .where('answer', 'is', null)
        .as('pending_offers'),
      eb
        .selectFrom('objection')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('round_id', '=', roundId)
        .where('status', '=', 'open')
        .as('open_objections'),
    ])
    .executeTakeFirstOrThrow();
}
