import type { ColumnType, Generated } from 'kysely';
import type { SealedForRound } from '../sealing/round-key.js';

/** bigint columns arrive as strings (pg int8) */
type Int8 = ColumnType<string, number | string, number | string>;
/** timestamps written from the round's clock (jicai_round_now(round_id)) */
type DbTime = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb envelopes are written as JSON text */
type Envelope = ColumnType<SealedForRound | null, string | null, string | null>;

export interface BidCounterTable {
  round_id: string;
  company_id: string;
  last_sequence: Int8;
}

export interface BidTable {
  id: Generated<string>;
  round_id: string;
  product_id: string;
  company_id: string;
  commitment: string | null;
  envelope: Envelope;
  technical_envelope: Envelope;
  salt_sealed: string | null;
  revision: number;
  sequence: Int8;
  received_at: DbTime;
  withdrawn: Generated<boolean>;
}

export interface BidIdempotencyTable {
  company_id: string;
  key: string;
  request_hash: string;
  round_id: string;
  product_id: string;
  kind: 'bid' | 'withdrawal';
  commitment: string | null;
  salt_sealed: string | null;
  revision: number;
  sequence: Int8;
  received_at: DbTime;
}

export interface BidTables {
  bid_counter: BidCounterTable;
  bid: BidTable;
  bid_idempotency: BidIdempotencyTable;
}
