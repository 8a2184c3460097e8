import type { ColumnType, Generated } from 'kysely';
import type { FieldProblem } from '../http/app-error.js';
import type { CompanyDocumentKind, CompanyDocumentState } from './company-document-kinds.js';

/** timestamps set by the database clock (jicai_now()) */
type DbTime = ColumnType<Date, never, never>;

/** A certificate a company uploaded by presigned PUT (the bytes are in the document store). */
export interface CompanyDocumentTable {
  id: Generated<string>;
  company_id: string;
  kind: CompanyDocumentKind;
  registration_id: string | null;
  filename: string;
  content_type: string;
  size: number;
  /** declared; once accepted, verified against the stored object */
  sha256: string;
  state: ColumnType<CompanyDocumentState, CompanyDocumentState | undefined, CompanyDocumentState>;
  upload_key: string;
  upload_expires_at: ColumnType<Date, Date, never>;
  object_key: string | null;
  rejection: ColumnType<FieldProblem[] | null, string | null, string | null>;
  uploaded_by: string;
  created_at: DbTime;
  decided_at: ColumnType<Date | null, never, Date>;
}

export interface DocumentTables {
  company_document: CompanyDocumentTable;
}
