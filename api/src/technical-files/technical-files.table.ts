import type { ColumnType } from 'kysely';

/** bigint columns arrive as strings (pg int8) */
type Int8 = ColumnType<string, number | string, number | string>;
/** timestamps written from the round's clock (jicai_round_now(round_id)) */
type DbTime = ColumnType<Date, Date | string, Date | string>;

/** How a file's data key is wrapped to the round's public key; the box is the stored object. */
export interface FileSealing {
  readonly v?: 2;
  readonly ephemeral: string;
  readonly wrappedKey: string;
}

/** A presigned PUT handed out to a company, waiting for it to confirm the upload. */
export interface TechnicalFileUploadTable {
  id: ColumnType<string, string | undefined, never>;
  round_id: string;
  bid_id: string;
  company_id: string;
  name: string;
  content_type: string;
  size: Int8;
  sha256: string;
  staging_key: string;
  created_at: DbTime;
  expires_at: DbTime;
}

export type TechnicalFileStatus = 'sealed' | 'discarded' | 'released' | 'tampered';

/** An accepted technical file: ciphertext in the store until the technical opening releases it. */
export interface TechnicalFileTable {
  id: string;
  round_id: string;
  bid_id: string;
  company_id: string;
  product_id: string;
  name: string;
  content_type: string;
  size: Int8;
  /** SHA-256 of the plaintext: the company's receipt, checked again at release */
  sha256: string;
  sealed_key: string;
  ciphertext_sha256: string;
  sealing: ColumnType<FileSealing, string, string>;
  sealed_at: DbTime;
  status: TechnicalFileStatus;
  released_key: string | null;
  released_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  problem: string | null;
}

export interface TechnicalFileTables {
  technical_file_upload: TechnicalFileUploadTable;
  technical_file: TechnicalFileTable;
}
