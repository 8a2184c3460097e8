import type { ColumnType, Generated } from 'kysely';

/**
 * A company's distributor (配送企业, migration 2026_12_08_0300): it carries deliveries but does not
 * sign in; the company records the deliveries it carried, naming it.
 */
export interface DistributorTable {
  id: Generated<string>;
  company_id: string;
  name: string;
  uscc: string;
  /** region codes it delivers to; empty: wherever the company sends it */
  regions: ColumnType<string[], string[] | undefined, string[]>;
  created_at: ColumnType<Date, Date | undefined, Date>;
  created_by: string | null;
}

export interface DistributorTables {
  distributor: DistributorTable;
}
