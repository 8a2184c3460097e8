import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { EvaluationRecordTable } from './award.table.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The round's columns the evaluation input is built from, or undefined. */
export function findRoundToEvaluate(db: Q, roundId: string) {
  return db
    .selectFrom('round')
    .select(['id', 'ruleset', 'ruleset_frozen', 'bidding_closes_at'])
    .where('id', '=', roundId)
    .executeTakeFirst();
}

/** The highest record number of the round, 0 before its first record. */
export async function findLastRecordSeq(db: Q, roundId: string): Promise<number> {
  const last = await db
    .selectFrom('evaluation_record')
    .select(sql<number>`coalesce(max(seq), 0)::int`.as('seq'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return last.seq;
}

export function insertEvaluationRecord(trx: Trx, values: Insertable<EvaluationRecordTable>) {
  return trx.insertInto('evaluation_record').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The round's records, oldest first. */
export function listRecords(db: Q, roundId: string) {
  return db
    .selectFrom('evaluation_record')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('seq')
    .execute();
}

export function findLatestRecord(db: Q, roundId: string) {
  return db
    .selectFrom('evaluation_record')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The record numbered `seq`, or the latest when `seq` is undefined. */
export function findRecordOrLatest(db: Q, roundId: string, seq: number | undefined) {
  return db
    .selectFrom('evaluation_record')
    .selectAll()
    .where('round_id', '=', roundId)
    .$if(seq !== undefined, (q) => q.where('seq', '=', seq as number))
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listUnsignedRecords(db: Q, roundId: string) {
  return db
    .selectFrom('evaluation_record')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('signature', 'is', null)
    .execute();
}

/** Signs a record unless another signer did first (the same bytes: Ed25519 is deterministic). */
export function setRecordSignature(db: Q, id: string, signature: string, signingKeyId: string) {
  return db
    .updateTable('evaluation_record')
    .set({ signature, signing_key_id: signingKeyId })
    .where('id', '=', id)
    .where('signature', 'is', null)
    .execute();
}
