import type { ColumnType, Generated } from 'kysely';

/** timestamps written from the round's clock (jicai_round_now(round_id)) */
type DbTime = ColumnType<Date, Date | string | undefined, Date | string>;
/** pg numeric arrives as a decimal string */
type Numeric = ColumnType<string | null, string | null, string | null>;

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

export interface BidOpeningTables {
  opening_share: OpeningShareTable;
  opened_bid: OpenedBidTable;
}
