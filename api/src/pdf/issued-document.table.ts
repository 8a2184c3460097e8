import type { ColumnType, Generated } from 'kysely';

export interface IssuedDocumentTable {
  id: Generated<string>;
  kind: string;
  round_id: string | null;
  subject: string;
  title: string;
  verification_code: string;
  sha256: string;
  size: number;
  storage_key: string;
  issued_at: ColumnType<Date, Date, never>;
  created_at: ColumnType<Date, never, never>;
}

export interface IssuedDocumentTables {
  issued_document: IssuedDocumentTable;
}
