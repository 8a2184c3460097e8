import type { ColumnType, Generated } from 'kysely';

export interface AuditEventTable {
  id: Generated<string>;
  stream: string;
  seq: string;
  at: ColumnType<Date, string, never>;
  actor_user_id: string | null;
  action: string;
  subject: string;
  payload: unknown;
  prev_hash: string;
  hash: string;
}

export interface AuditTables {
  audit_event: AuditEventTable;
}
