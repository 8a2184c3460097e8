import type { ColumnType } from 'kysely';

/** The public half of the platform key every node must hold (one row, written by the first node). */
export interface PlatformKeyTable {
  id: ColumnType<number, never, never>;
  key_id: string;
  public_key_pem: string;
  /** the node that recorded it (NODE_NAME), to tell the operator where the key came from */
  first_node: string;
  recorded_at: ColumnType<Date, never, never>;
}

export interface ClusterTables {
  platform_key: PlatformKeyTable;
}
