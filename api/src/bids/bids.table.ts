import type { ColumnType, Generated } from 'kysely';
import type { SealedForRound } from '../sealing/round-key.js';

/** bigint columns arrive as strings (pg int8) */
type Int8 = ColumnType<string, number | string, number | string>;
/** timestamps written from the round's clock (jicai_round_now(round_id)) */
type DbTime = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb envelopes are written as JSON text */
type Envelope = ColumnType<SealedForRound | null, string | null, string | null>;
/** pg numeric arrives as a decimal string */
type Numeric = ColumnType<string | null, string | null, string | null>;

/** The round's opening key: only the public half is ever stored. */
export interface RoundKeyTable {
  round_id: string;
  public_key: Buffer;
  round_key_id: string;
  k: number;
  n: number;
  created_at: DbTime;
  created_by: string;
  technical_opened_at: Date | null;
  opened_at: Date | null;
}

export interface RoundKeyOfficialTable {
  round_id: string;
  user_id: string;
  share_index: number;
  share_hash: string;
  /** sealed under the platform's at-rest key until the official fetched it */
  pending_share: string | null;
  fetched_at: Date | null;
}

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

export type OpeningPhase = 'technical' | 'price';

export interface OpeningShareTable {
  round_id: string;
  user_id: string;
  phase: OpeningPhase;
  share_sealed: string;
  submitted_at: DbTime;
}

export type OpenedBidStatus = 'technical-opened' | 'opened' | 'tampered';

/** A bid as opened; the opening feature reads the `opened` rows. */
export interface OpenedBidTable {
  id: Generated<string>;
  bid_id: string;
  round_id: string;
  company_id: string;
  product_id: string;
  spec_id: string | null;
  pack_price: Numeric;
  /** the committed salt, revealed at opening: the commitment re-derives from spec, price and salt */
  salt: ColumnType<string | null, string | null | undefined, string | null>;
  technical: string | null;
  technical_pass: boolean | null;
  submitted_at: Date;
  revision: number;
  commitment: string;
  status: OpenedBidStatus;
  problem: string | null;
}

export interface BidTables {
  round_key: RoundKeyTable;
  round_key_official: RoundKeyOfficialTable;
  bid_counter: BidCounterTable;
  bid: BidTable;
  bid_idempotency: BidIdempotencyTable;
  opening_share: OpeningShareTable;
  opened_bid: OpenedBidTable;
}
