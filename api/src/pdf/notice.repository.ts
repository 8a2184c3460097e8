import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** A published round with its award dates (undefined for a draft or an unknown id). */
export function findRoundForNotice(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom('round')
    .leftJoin('round_award', 'round_award.round_id', 'round.id')
    .select([
      'round.id',
      'round.code',
      'round.name',
      'round.state',
      'round_award.proposed_at',
      'round_award.objection_ends_at',
      'round_award.awarded_at',
    ])
    .where('round.id', '=', roundId)
    .where('round.published_at', 'is not', null)
    .executeTakeFirst();
}

/** The number of the evaluation record that stood at `at`: the one a notice published then shows. */
export async function findRecordSeqAt(
  db: Kysely<Database>,
  roundId: string,
  at: Date,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('evaluation_record')
    .select('seq')
    .where('round_id', '=', roundId)
    .where('created_at', '<=', at)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.seq;
}
