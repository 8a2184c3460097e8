import type { ColumnType, Generated } from 'kysely';
import type { OrganisationKind } from '../auth/roles.js';

type CreatedAt = ColumnType<Date, never, never>;

/** A province-level region: where hospitals and bureaus sit and what a round covers. */
export interface RegionTable {
  code: string;
  name: string;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  uscc: string | null;
  region_code: string | null;
  created_at: CreatedAt;
}

export interface OrganisationTables {
  region: RegionTable;
  organisation: OrganisationTable;
}
