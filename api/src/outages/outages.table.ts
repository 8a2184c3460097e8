import type { ColumnType, Generated } from 'kysely';
import type { AuditSealTables } from '../audit/audit-seal.table.js';

export interface OutageTable {
  id: Generated<string>;
  starts_at: Date;
  /** null while the outage is still going on */
  ends_at: Date | null;
  cause: string;
  recorded_by: string;
  recorded_at: ColumnType<Date, never, never>;
}

/** Published with the round; absent: DEFAULT_OUTAGE_FORMULA */
export interface RoundOutageFormulaTable {
  round_id: string;
  grace_after_minutes: number;
  /** null: the outage's own duration */
  extension_minutes: number | null;
  minimum_extension_minutes: number;
}

export type NoticeKind = 'outage' | 'deadline-extension';

export interface PublicNoticeTable {
  id: Generated<string>;
  round_id: string | null;
  kind: NoticeKind;
  title: string;
  body: string;
  published_at: ColumnType<Date, never, never>;
}

export type ExtendedField = 'demand_closes_at' | 'bidding_opens_at' | 'bidding_closes_at' | 'opening_at';

export interface DeadlineExtensionTable {
  id: Generated<string>;
  round_id: string;
  field: ExtendedField;
  old_at: Date;
  new_at: Date;
  outage_id: string;
  notice_id: string;
  extended_at: ColumnType<Date, never, never>;
}

export interface OutageTables extends AuditSealTables {
  outage: OutageTable;
  round_outage_formula: RoundOutageFormulaTable;
  public_notice: PublicNoticeTable;
  deadline_extension: DeadlineExtensionTable;
}
