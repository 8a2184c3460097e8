import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * The published input of the most recently evaluated round other than `roundId`: the preview's
 * "previous round". The record's round code and name say where the data came from.
 */
export function findLatestEvaluatedInput(db: Kysely<Database>, roundId: string) {
  return db
    .selectFrom('evaluation_record as e')
    .innerJoin('round as r', 'r.id', 'e.round_id')
    .select(['e.round_id as roundId', 'e.seq', 'e.input_json as inputJson', 'r.code', 'r.name'])
    .where('e.round_id', '!=', roundId)
    .orderBy('e.created_at', 'desc')
    .orderBy('e.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}
