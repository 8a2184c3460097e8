import { isRoundVisibleTo, type RoundState } from '@jicai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { notFound, type AppError } from '../http/app-error.js';
import { findRoundState } from './rounds.repository.js';

export interface RoundReader {
  /** the office and the auditor read drafts; to anyone else a draft does not exist */
  readonly seesDrafts?: boolean;
  /** the 404 to answer, when a feature names the round differently */
  readonly missing?: () => AppError;
}

const roundNotFound = () => notFound('round');

/**
 * The round, or 404 when it is missing or a draft the reader may not see: the one place the shell
 * decides that, for a row however the caller read it (plain, or locked for update).
 */
export function visibleRound<R extends { readonly state: RoundState }>(
  round: R | undefined,
  reader: RoundReader = {},
): R {
  if (!round || !isRoundVisibleTo(round.state, { seesDrafts: reader.seesDrafts ?? false }))
    throw (reader.missing ?? roundNotFound)();
  return round;
}

/** Reads the round's state and answers as `visibleRound`. */
export async function findVisibleRound(
  db: Kysely<Database>,
  roundId: string,
  reader: RoundReader = {},
): Promise<{ readonly state: RoundState }> {
  return visibleRound(await findRoundState(db, roundId), reader);
}
