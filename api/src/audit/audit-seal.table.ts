import type { ColumnType, Generated } from 'kysely';

/** `{ "<stream>": { "seq": "12", "hash": "…" } }`: the heads that moved since the previous seal */
export type StreamHeads = Record<string, { readonly seq: string; readonly hash: string }>;

export interface AuditSealTable {
  id: Generated<string>;
  sealed_at: ColumnType<Date, string, never>;
  through_event_id: string;
  stream_heads: ColumnType<StreamHeads, string, never>;
  stream_count: number;
  event_count: string;
  seal_hash: string;
  prev_seal_hash: string;
}

/** The sealer's working copy of each stream's last sealed head (not evidence). */
export interface AuditSealedHeadTable {
  stream: string;
  seq: string;
  hash: string;
  seal_id: string;
}

export interface AuditDigestTable {
  /** the Asia/Shanghai day, YYYY-MM-DD */
  day: string;
  seal_id: string;
  digest_hash: string;
  stream_count: number;
  event_count: ColumnType<string, string, never>;
  published_at: ColumnType<Date, never, never>;
}

export interface AuditSealTables {
  audit_seal: AuditSealTable;
  audit_digest: AuditDigestTable;
  audit_sealed_head: AuditSealedHeadTable;
}
