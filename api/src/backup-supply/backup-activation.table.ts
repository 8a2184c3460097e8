import type { ColumnType, Generated } from 'kysely';

type DbTime = ColumnType<Date, Date | undefined, Date>;
/** pg date stays a 'YYYY-MM-DD' string (db/database.ts) */
type DateOnly = ColumnType<string, string, string>;

/** The office handed a failed winner's regions of one product to their backup supplier (断供). */
export interface BackupActivationTable {
  id: Generated<string>;
  round_id: string;
  product_id: string;
  group_key: string | null;
  failed_company_id: string;
  region_codes: ColumnType<string[], string[], string[]>;
  reason: string;
  effective_on: DateOnly;
  /** the decision also put the company on the violation list (违规名单) */
  violation_listed: Generated<boolean>;
  violation_until: DateOnly | null;
  /** the whole decision (lines ended, agreements made), as audited */
  decision: ColumnType<unknown, string, string>;
  activated_at: DbTime;
  activated_by: string | null;
}

export interface BackupActivationTables {
  backup_activation: BackupActivationTable;
}
