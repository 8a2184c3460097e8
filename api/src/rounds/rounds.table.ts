import type { Form, RoundState, Ruleset, VolumeClass } from '@jicai/domain';
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, never, never>;
/** pg numeric arrives as a string and is written as a decimal string: never a JS number */
type Numeric = ColumnType<string, string, string>;

export interface RoundTable {
  id: Generated<string>;
  code: string;
  name: string;
  state: Generated<RoundState>;
  /** the office's choice as given (a built-in name or an override object), written as JSON text */
  ruleset: ColumnType<unknown, string, string>;
  /** the resolved Ruleset, frozen at publish */
  ruleset_frozen: ColumnType<Ruleset | null, string | null | undefined, string | null>;
  demand_opens_at: Date | null;
  demand_closes_at: Date | null;
  bidding_opens_at: Date | null;
  bidding_closes_at: Date | null;
  opening_at: Date | null;
  objection_working_days: number | null;
  created_at: CreatedAt;
  published_at: ColumnType<Date | null, never, Date | null>;
  created_by: string;
  /** a renewal round (接续): the expiring round it was made from */
  renewed_from: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface RoundRegionTable {
  round_id: string;
  region_code: string;
}

export interface ProductTable {
  id: Generated<string>;
  round_id: string;
  code: string;
  name: string;
  form: Form;
  volume_class: VolumeClass;
  strength_unit: string;
  national_drug_code: string | null;
  representative_spec_code: string;
  groups: ColumnType<string[], string[] | undefined, string[]>;
  created_at: CreatedAt;
}

export interface SpecTable {
  id: Generated<string>;
  product_id: string;
  code: string;
  strength: Numeric;
  /** units per pack (包装数量) */
  unit_count: number;
  volume_ml: ColumnType<string | null, string | null | undefined, string | null>;
  ceiling: Numeric;
}

export interface RoundTables {
  round: RoundTable;
  round_region: RoundRegionTable;
  product: ProductTable;
  spec: SpecTable;
}
