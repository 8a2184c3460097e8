import { sql, type Kysely, type QueryCreator, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { UTC_MICROS_FORMAT } from '../db/sql-conventions.js';

type Q = Kysely<Database>;

/** A timestamp as the receipt prints it: UTC with microseconds (a JS Date would drop them). */
const utcMicros = (column: RawBuilder<unknown> | string) =>
  sql<string>`to_char(${typeof column === 'string' ? sql.ref(column) : column} at time zone 'UTC', ${sql.lit(UTC_MICROS_FORMAT)})`;

/**
 * Everything a withdrawal needs, in one round trip, with the round row share-locked: the state
 * transition that closes bidding (FOR UPDATE) waits for every withdrawal in flight, and one that
 * arrives after it sees the new state. (Submissions take the round gate instead: jicai_submit_bids.)
 */
export function readWithdrawalContext(
  trx: Q,
  a: { roundId: string; companyId: string; productCode: string; key: string },
) {
  return (
    trx
      .selectFrom('round')
      .leftJoin('round_key', 'round_key.round_id', 'round.id')
      .leftJoin('product', (j) =>
        j.onRef('product.round_id', '=', 'round.id').on('product.code', '=', a.productCode),
      )
      .leftJoin('bid_idempotency as idem', (j) =>
        j.on('idem.company_id', '=', a.companyId).on('idem.key', '=', a.key),
      )
      // the clock is read once: the deadline is judged on the very instant the receipt will carry
      .innerJoin(sql<{ now: Date }>`(select jicai_round_now(${a.roundId}::uuid) as now)`.as('clock'), (j) =>
        j.onTrue(),
      )
      .select([
        'round.state',
        sql<boolean>`round.published_at is not null`.as('published'),
        sql<boolean>`coalesce(clock.now < round.bidding_closes_at, false)`.as('before_deadline'),
        utcMicros(sql`clock.now`).as('db_now'),
        'round_key.public_key',
        'round_key.round_key_id',
        'product.id as product_id',
        'idem.request_hash',
      ])
      .where('round.id', '=', a.roundId)
      .forShare('round')
      .executeTakeFirst()
  );
}

export interface WithdrawalWrite {
  readonly roundId: string;
  readonly productId: string;
  readonly companyId: string;
  readonly key: string;
  readonly requestHash: string;
  /** the instant readWithdrawalContext judged the deadline on (UTC, microseconds) */
  readonly receivedAt: string;
}

/** Marks the company's live bid withdrawn (contents dropped, a new revision); nothing when there is none. */
export function withdrawBid(trx: Q, v: WithdrawalWrite) {
  return trx
    .with('seq', (db) => nextSequence(db, v.roundId, v.companyId))
    .with('saved', (db) =>
      db
        .updateTable('bid')
        .set({
          withdrawn: true,
          commitment: null,
          envelope: null,
          technical_envelope: null,
          salt_sealed: null,
          revision: sql<number>`bid.revision + 1`,
          sequence: sql<string>`(select last_sequence from seq)`,
          received_at: sql<Date>`${v.receivedAt}::timestamptz`,
        })
        .where('round_id', '=', v.roundId)
        .where('company_id', '=', v.companyId)
        .where('product_id', '=', v.productId)
        .where('withdrawn', '=', false)
        .returning(['revision', 'sequence', 'received_at']),
    )
    .with('idem', (db) => rememberKey(db, { ...v, commitment: null, saltSealed: null }, 'withdrawal'))
    .selectFrom('saved')
    .select(['revision', 'sequence', utcMicros('received_at').as('received_at')])
    .executeTakeFirst();
}

function nextSequence(db: QueryCreator<Database>, roundId: string, companyId: string) {
  return db
    .insertInto('bid_counter')
    .values({ round_id: roundId, company_id: companyId, last_sequence: 1 })
    .onConflict((oc) =>
      oc
        .columns(['round_id', 'company_id'])
        .doUpdateSet({ last_sequence: sql`bid_counter.last_sequence + 1` }),
    )
    .returning('last_sequence');
}

type KeyRow = Omit<WithdrawalWrite, 'receivedAt'> & {
  commitment: string | null;
  saltSealed: string | null;
};

function rememberKey(db: QueryCreator<Database>, v: KeyRow, kind: 'bid' | 'withdrawal') {
  return db.insertInto('bid_idempotency').expression(
    sql`(company_id, key, request_hash, round_id, product_id, kind, commitment, salt_sealed, revision, sequence, received_at)
        select ${v.companyId}::uuid, ${v.key}::text, ${v.requestHash}::text, ${v.roundId}::uuid, ${v.productId}::uuid,
          ${kind}::text, ${v.commitment}::text, ${v.saltSealed}::text, revision, sequence, received_at from saved`,
  );
}

/** The receipt fields stored under a company's Idempotency-Key, with what the receipt names. */
export function findKeyedReceipt(db: Q, companyId: string, key: string) {
  return db
    .selectFrom('bid_idempotency as idem')
    .innerJoin('product', 'product.id', 'idem.product_id')
    .innerJoin('round_key', 'round_key.round_id', 'idem.round_id')
    .select([
      'idem.request_hash',
      'idem.kind',
      'idem.round_id',
      'product.code as product_code',
      'idem.commitment',
      'idem.salt_sealed',
      'idem.revision',
      'idem.sequence',
      utcMicros('idem.received_at').as('received_at'),
      'round_key.round_key_id',
    ])
    .where('idem.company_id', '=', companyId)
    .where('idem.key', '=', key)
    .executeTakeFirst();
}

/** The company's own bids of a round, latest revision each (withdrawn ones too), by product code. */
export function listOwnBids(db: Q, roundId: string, companyId: string) {
  return db
    .selectFrom('bid')
    .innerJoin('product', 'product.id', 'bid.product_id')
    .innerJoin('round_key', 'round_key.round_id', 'bid.round_id')
    .select([
      'bid.withdrawn',
      'bid.product_id',
      'product.code as product_code',
      'bid.commitment',
      'bid.salt_sealed',
      'bid.revision',
      'bid.sequence',
      utcMicros('bid.received_at').as('received_at'),
      'round_key.round_key_id',
    ])
    .where('bid.round_id', '=', roundId)
    .where('bid.company_id', '=', companyId)
    .orderBy('product.code')
    .execute();
}

/** The commitments of the live bids, sorted by value: nothing about who, when or for what. */
export async function listCommitments(db: Q, roundId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bid')
    .select('commitment')
    .where('round_id', '=', roundId)
    .where('withdrawn', '=', false)
    .orderBy('commitment')
    .execute();
  return rows.map((r) => r.commitment as string);
}

/** A published round's state (no lock); undefined for a draft or an unknown id. */
export function findPublishedRoundState(db: Q, roundId: string) {
  return db
    .selectFrom('round')
    .select('state')
    .where('id', '=', roundId)
    .where('published_at', 'is not', null)
    .executeTakeFirst();
}

/** The spec codes a company registered for a product, for a refusal that names them. */
export async function listRegisteredSpecCodes(db: Q, companyId: string, productId: string) {
  const rows = await db
    .selectFrom('company_product')
    .innerJoin('spec', 'spec.id', 'company_product.spec_id')
    .select('spec.code')
    .where('company_product.company_id', '=', companyId)
    .where('company_product.product_id', '=', productId)
    .orderBy('spec.code')
    .execute();
  return rows.map((r) => r.code);
}
