import type { ColumnType, Generated } from 'kysely';

type DbTime = ColumnType<Date, Date | undefined, Date>;
/** bigint columns arrive as strings (pg int8) */
type Int8 = ColumnType<string, number | string | bigint, number | string | bigint>;
/** pg numeric arrives as a decimal string and is written as one: never a JS number */
type Numeric = ColumnType<string, string, string>;
/** pg date stays a 'YYYY-MM-DD' string (db/database.ts) */
type DateOnly = ColumnType<string, string, string>;

export const SUPPLY_ROLES = ['primary', 'backup'] as const;
export type SupplyRole = (typeof SUPPLY_ROLES)[number];

export const AGREEMENT_JOB_STATES = ['running', 'finished'] as const;
export type AgreementJobState = (typeof AGREEMENT_JOB_STATES)[number];

/** A purchase agreement (购销协议): one per round × hospital × winning company. */
export interface AgreementTable {
  id: Generated<string>;
  round_id: string;
  hospital_id: string;
  company_id: string;
  created_at: DbTime;
  pdf_sha256: string | null;
  pdf_key: string | null;
  issued_at: Date | null;
  failure: string | null;
  /** signing (issue 12): each side's user signs `terms_sha256`; the signature is the platform's over it */
  hospital_signed_at: Date | null;
  hospital_signed_by: string | null;
  hospital_signature: string | null;
  company_signed_at: Date | null;
  company_signed_by: string | null;
  company_signature: string | null;
  terms_sha256: string | null;
  renewed_at: Date | null;
  /** set on an agreement made by a backup activation; null from the award */
  activation_id: string | null;
}

/** One product (or group) the hospital buys from the company under the agreement. */
export interface AgreementLineTable {
  agreement_id: string;
  product_id: string;
  group_key: string | null;
  spec_code: string;
  units_per_pack: number;
  pack_price: Numeric;
  agreed_volume: Int8;
  supply: SupplyRole;
  cycle_start: DateOnly;
  cycle_end: DateOnly;
  /** the line ended early: its supplier failed and the backup took over */
  ended_on: DateOnly | null;
  end_reason: 'passed-to-backup' | null;
}

/** The round's agreement generation: resumable, its progress counted from the agreements. */
export interface AgreementJobTable {
  round_id: string;
  state: AgreementJobState;
  total: number | null;
  started_at: DbTime;
  started_by: string | null;
  finished_at: Date | null;
}

export interface AgreementTables {
  agreement: AgreementTable;
  agreement_line: AgreementLineTable;
  agreement_job: AgreementJobTable;
}
