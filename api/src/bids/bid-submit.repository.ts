import { sql } from 'kysely';
import type { Credential } from '../auth/actor-cache.js';
import type { Db } from '../db/database.js';

export interface BidSubmission {
  readonly roundId: string;
  readonly productCode: string;
  readonly companyId: string;
  readonly userId: string;
  readonly credential: Credential;
  readonly specCode: string;
  readonly key: string;
  readonly requestHash: string;
  /** what the bid was sealed for: the statement refuses when the round's differ */
  readonly roundKeyId: string | null;
  readonly productId: string | null;
  readonly commitment: string | null;
  readonly envelope: string | null;
  readonly technicalEnvelope: string | null;
  readonly saltSealed: string | null;
  readonly auditStream: string;
  readonly auditSubject: string;
}

export interface BidSubmissionRow {
  readonly outcome: 'credential' | 'keyed' | 'refused' | 'written';
  readonly round_state: string | null;
  readonly is_published: boolean | null;
  readonly is_before_deadline: boolean | null;
  /** the database clock the deadline was judged on (and the receipt's time), UTC with microseconds */
  readonly db_now: string;
  readonly key_id: string | null;
  readonly product: string | null;
  readonly is_registered: boolean | null;
  readonly is_dual: boolean | null;
  readonly bid_revision: number | null;
  readonly bid_sequence: string | null;
}

/**
 * Sealed bids written as one statement in its own transaction (jicai_submit_bids, migration 1610):
 * credential, deadline, idempotency, counter, bid, receipt keys and audit link of each together.
 * At most one bid per audit stream. Rows in input order.
 */
export async function submitBids(db: Db, batch: readonly BidSubmission[]): Promise<BidSubmissionRow[]> {
  const items = batch.map((v) => ({
    round: v.roundId,
    productCode: v.productCode,
    company: v.companyId,
    user: v.userId,
    credentialKind: v.credential.kind,
    credentialHash: v.credential.hash,
    specCode: v.specCode,
    key: v.key,
    requestHash: v.requestHash,
    roundKeyId: v.roundKeyId,
    productId: v.productId,
    commitment: v.commitment,
    envelope: v.envelope,
    technical: v.technicalEnvelope,
    saltSealed: v.saltSealed,
    stream: v.auditStream,
    subject: v.auditSubject,
  }));
  const { rows } = await sql<
    BidSubmissionRow & { ord: number }
  >`select * from jicai_submit_bids(${JSON.stringify(items)}::jsonb)`.execute(db);
  const byOrder: BidSubmissionRow[] = [];
  for (const row of rows) byOrder[row.ord] = row;
  if (byOrder.length !== batch.length || byOrder.includes(undefined as never))
    throw new Error(`jicai_submit_bids answered ${rows.length} rows for ${batch.length} bids`);
  return byOrder;
}

/**
 * The round's key and catalogue as a bid is sealed with them: one row per spec (a product without
 * specs yields one row with null spec), none while the round has no key or is not published.
 */
export function listRoundSealingRows(db: Db, roundId: string) {
  return db
    .selectFrom('round')
    .innerJoin('round_key', 'round_key.round_id', 'round.id')
    .leftJoin('product', 'product.round_id', 'round.id')
    .leftJoin('spec', 'spec.product_id', 'product.id')
    .select([
      'round_key.public_key',
      'round_key.round_key_id',
      'round.ruleset_frozen',
      'product.code',
      'product.id as product_id',
      'spec.code as spec_code',
    ])
    .where('round.id', '=', roundId)
    .where('round.published_at', 'is not', null)
    .execute();
}
