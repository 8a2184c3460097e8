import type { ColumnType, Generated } from 'kysely';

// Monitoring's tables (migration 2026_12_08_0600): the agreed-volume rollup kept by triggers on
// agreement_line, the office's notices on non-winning purchases over their cap, winners' stock reports.

type DbTime = ColumnType<Date, Date | undefined, Date>;
/** bigint columns arrive as strings (pg int8) */
type Int8 = ColumnType<string, number | string | bigint, number | string | bigint>;
/** pg numeric arrives as a decimal string and is written as one: never a JS number */
type Numeric = ColumnType<string, string, string>;
/** pg date stays a 'YYYY-MM-DD' string (db/database.ts) */
type DateOnly = ColumnType<string, string, string>;

/** Agreed volume and contracted amount per round × region × product × company: never written by code. */
export interface AgreedTotalTable {
  round_id: string;
  region_code: string;
  product_id: string;
  company_id: string;
  units: Int8;
  amount: Numeric;
  lines: number;
  cycle_start: DateOnly;
  cycle_end: DateOnly;
}

export interface NonWinnerNoticeTable {
  round_id: string;
  hospital_id: string;
  product_id: string;
  note: string;
  excess_units: Int8;
  notified_at: DbTime;
  notified_by: string | null;
}

export interface InventoryReportTable {
  id: Generated<string>;
  round_id: string;
  company_id: string;
  product_id: string;
  region_code: string | null;
  /** the month's first day */
  month: DateOnly;
  stock_packs: Int8;
  reported_at: DbTime;
  reported_by: string | null;
}

export interface MonitoringTables {
  agreed_total: AgreedTotalTable;
  non_winner_notice: NonWinnerNoticeTable;
  inventory_report: InventoryReportTable;
}
