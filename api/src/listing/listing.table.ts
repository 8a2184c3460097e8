import type { ColumnType, Generated } from 'kysely';

type DbTime = ColumnType<Date, Date | undefined, Date>;
/** pg numeric arrives as a decimal string and is written as one: never a JS number */
type Numeric = ColumnType<string, string, string>;

export const LISTING_STATUSES = ['listed', 'delisted'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_CHANGE_KINDS = ['listed', 'repriced', 'delisted', 'relisted'] as const;
export type ListingChangeKind = (typeof LISTING_CHANGE_KINDS)[number];

/** Why a listing changed: the three rules of docs/rules.md §12.9, or the office's own decision. */
export const LISTING_REASON_CODES = ['AWARDED_PRICE', 'OVER_CAP', 'DID_NOT_BID', 'OFFICE'] as const;
export type ListingReasonCode = (typeof LISTING_REASON_CODES)[number];

/** A product a company may sell to hospitals outside a round's winners (挂网), at its listed price. */
export interface ListingTable {
  id: Generated<string>;
  round_id: string;
  product_id: string;
  company_id: string;
  spec_code: string;
  units_per_pack: number;
  /** per pack of the spec */
  pack_price: Numeric;
  status: ListingStatus;
  winner: Generated<boolean>;
  created_at: DbTime;
  updated_at: DbTime;
}

/** One change of a listing, public with its reason. */
export interface ListingChangeTable {
  id: ColumnType<string, never, never>;
  listing_id: string;
  kind: ListingChangeKind;
  status: ListingStatus;
  pack_price: Numeric;
  previous_price: Numeric | null;
  reason_code: ListingReasonCode;
  reason: string;
  changed_at: DbTime;
  changed_by: string | null;
}

export interface ListingTables {
  listing: ListingTable;
  listing_change: ListingChangeTable;
}
