import type { ColumnType, Generated } from 'kysely';

/** bigint columns arrive as strings (pg int8); written as numbers. */
type Int8 = ColumnType<string, number | string, number | string>;
type NullableInt8 = ColumnType<string | null, number | string | null, number | string | null>;
/** timestamps set by the database clock (jicai_now()) */
type DbTime = ColumnType<Date, never, never>;

/** The facts the rules read about a company (docs/rules.md §6–§7), maintained by the office. */
export interface CompanyFactTable {
  company_id: string;
  /** 0 no rating, 1 一般, 2 中等, 3 严重, 4 特别严重 */
  credit_rank: number;
  regions_supplied_last_year: number;
  sales_volume: Int8;
  affiliate_group: string | null;
  on_violation_list: boolean;
  /** YYYY-MM-DD; null while listed: indefinitely */
  violation_until: string | null;
  /** YYYY-MM-DD of the latest provincial-or-higher quality inspection failure */
  quality_failure_on: string | null;
  /** set from jicai_now() on every write */
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string;
}

/** A company's registration of one catalogue spec for a round (批准文号, 原研/参比, 过评, capacity). */
export interface CompanyProductTable {
  id: Generated<string>;
  round_id: string;
  product_id: string;
  spec_id: string;
  company_id: string;
  approval_number: string;
  approval_date: string;
  originator: boolean;
  reference: boolean;
  consistency_passed_on: string | null;
  annual_capacity: NullableInt8;
  market_volume: NullableInt8;
  created_at: DbTime;
  created_by: string;
  /** the office's review: a registration counts (and bids) unless rejected */
  review_status: ColumnType<
    RegistrationReviewStatus,
    RegistrationReviewStatus | undefined,
    RegistrationReviewStatus
  >;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: ColumnType<Date | null, never, Date | null>;
}

export const REGISTRATION_REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RegistrationReviewStatus = (typeof REGISTRATION_REVIEW_STATUSES)[number];

export interface CompanyTables {
  company_fact: CompanyFactTable;
  company_product: CompanyProductTable;
}
