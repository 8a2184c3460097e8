import type { ColumnType, Generated } from 'kysely';

/** timestamps the database sets (jicai_now()) or the service writes from it */
type DbTime = ColumnType<Date, Date | undefined, Date>;
/** bigint columns arrive as strings (pg int8) */
type Int8 = ColumnType<string, number | string | bigint, number | string | bigint>;
/** pg numeric arrives as a decimal string */
type Numeric = ColumnType<string, string, string>;

export const EVALUATION_REASONS = ['opening', 'revival', 'revival-closed', 'objection'] as const;
export type EvaluationReason = (typeof EVALUATION_REASONS)[number];

export const OBJECTION_TYPES = ['eligibility', 'price-calculation', 'qualification', 'other'] as const;
export type ObjectionType = (typeof OBJECTION_TYPES)[number];

export const OBJECTION_STATUSES = ['open', 'upheld', 'rejected'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** The award's calendar and parameters (docs/rules.md §8–§11), one row per round. */
export interface RoundAwardTable {
  round_id: string;
  revival_window_hours: Generated<number>;
  region_turn_minutes: Generated<number>;
  opened_at: Date | null;
  revival_closes_at: Date | null;
  revival_closed_at: Date | null;
  proposed_at: Date | null;
  objection_ends_at: Date | null;
  awarded_at: Date | null;
  region_selection_started_at: Date | null;
  volumes_agreed_at: Date | null;
}

/** One evaluation run as published: exact bytes, their SHA-256 (checked by the schema), the signature. */
export interface EvaluationRecordTable {
  id: Generated<string>;
  round_id: string;
  seq: number;
  reason: EvaluationReason;
  input_json: string;
  output_json: string;
  input_sha256: string;
  output_sha256: string;
  ruleset_name: string;
  ruleset_version: string;
  created_at: DbTime;
  created_by: string | null;
  signature: string | null;
  signing_key_id: string | null;
}

export interface RevivalOfferTable {
  id: Generated<string>;
  round_id: string;
  product_id: string;
  group_key: string | null;
  company_id: string;
  /** the bid's id in the published input */
  bid_id: string;
  offer_ucp: Numeric;
  answer: 'accept' | 'decline' | null;
  answered_at: Date | null;
  /** null with an answer: declined when the window closed */
  answered_by: string | null;
  created_at: DbTime;
}

export interface ObjectionTable {
  id: Generated<string>;
  round_id: string;
  company_id: string;
  filed_by: string;
  type: ObjectionType;
  product_id: string;
  statement: string;
  status: Generated<ObjectionStatus>;
  answer: string | null;
  correction: ColumnType<unknown, string | null, string | null>;
  answered_by: string | null;
  answered_at: Date | null;
  filed_at: DbTime;
}

export interface RegionPreferenceTable {
  round_id: string;
  product_id: string;
  company_id: string;
  regions: ColumnType<string[], string[], string[]>;
  updated_at: DbTime;
}

export interface RegionPickTable {
  id: Generated<string>;
  round_id: string;
  product_id: string;
  group_key: string | null;
  turn: number;
  company_id: string;
  region_code: string;
  kind: 'primary' | 'backup';
  deadline: Date;
  picked_at: DbTime;
  by_default: boolean;
  picked_by: string | null;
}

export interface AgreedVolumeTable {
  round_id: string;
  product_id: string;
  group_key: string | null;
  /** null: shares by rank, not per hospital */
  hospital_id: string | null;
  company_id: string;
  quantity: Int8;
}

export interface OpeningTables {
  round_award: RoundAwardTable;
  evaluation_record: EvaluationRecordTable;
  revival_offer: RevivalOfferTable;
  objection: ObjectionTable;
  region_preference: RegionPreferenceTable;
  region_pick: RegionPickTable;
  agreed_volume: AgreedVolumeTable;
}
