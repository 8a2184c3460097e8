import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * Runs once the bids of a round have been decrypted into `opened_bid` (by the bids feature, when
 * the k-th official's share arrived): builds the evaluation input, evaluates, stores the record.
 * Filled in by the opening feature.
 */
export async function runOpeningEvaluation(
  _trx: Transaction<Database>,
  _roundId: string,
  _actorUserId: string | null,
): Promise<void> {}
