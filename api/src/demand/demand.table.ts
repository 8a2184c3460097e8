import type { ColumnType, Generated } from 'kysely';

/** bigint columns arrive as strings (pg int8); written as numbers or strings */
type BigIntColumn = ColumnType<string, number | string | bigint, number | string | bigint>;
type BigIntNullColumn = ColumnType<
  string | null,
  number | string | bigint | null,
  number | string | bigint | null
>;

export const DEMAND_STATUSES = ['submitted', 'approved', 'returned'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export interface DemandReportTable {
  id: Generated<string>;
  round_id: string;
  product_id: string;
  hospital_id: string;
  region_code: string;
  quantity: BigIntColumn;
  brand_company_id: string | null;
  last_year_volume: BigIntNullColumn;
  group_key: string | null;
  reason: string | null;
  status: Generated<DemandStatus>;
  reviewer_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  submitted_at: Date;
  updated_at: Date;
}

export interface DemandTables {
  demand_report: DemandReportTable;
}
