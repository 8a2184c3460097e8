import { sql, type InferResult, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { FieldProblem } from '../http/app-error.js';
import { instantKey, key, keysetPage, type Page } from '../http/list.js';
import type { CompanyDocumentKind, CompanyDocumentState } from './company-document-kinds.js';

type Q = Kysely<Database>;

/** A document with what the lists show beside it: the company's name and the uploader's. */
function documents(db: Q) {
  return db
    .selectFrom('company_document as d')
    .innerJoin('organisation as o', 'o.id', 'd.company_id')
    .innerJoin('app_user as u', 'u.id', 'd.uploaded_by')
    .select([
      'd.id',
      'd.company_id',
      'o.name as company_name',
      'd.kind',
      'd.registration_id',
      'd.filename',
      'd.content_type',
      'd.size',
      'd.sha256',
      'd.state',
      'd.upload_key',
      'd.upload_expires_at',
      'd.object_key',
      'd.rejection',
      'd.uploaded_by',
      'u.display_name as uploaded_by_name',
      'd.created_at',
      'd.decided_at',
      instantKey('d.created_at').as('created_key'),
      // the store's clock is the real one, not a round's rehearsal clock
      sql<boolean>`d.upload_expires_at <= now()`.as('upload_expired'),
    ]);
}
export type CompanyDocumentRow = InferResult<ReturnType<typeof documents>>[number];

export interface NewCompanyDocument {
  readonly id: string;
  readonly companyId: string;
  readonly kind: CompanyDocumentKind;
  readonly registrationId: string | null;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly uploadKey: string;
  readonly uploadExpiresAt: Date;
  readonly uploadedBy: string;
}

/** Inserts a pending document. */
export function insertDocument(db: Q, d: NewCompanyDocument) {
  return db
    .insertInto('company_document')
    .values({
      id: d.id,
      company_id: d.companyId,
      kind: d.kind,
      registration_id: d.registrationId,
      filename: d.filename,
      content_type: d.contentType,
      size: d.size,
      sha256: d.sha256,
      upload_key: d.uploadKey,
      upload_expires_at: d.uploadExpiresAt,
      uploaded_by: d.uploadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** One document; with `companyId`, only when it is that company's (anyone else's is not there). */
export function findDocument(db: Q, id: string, companyId?: string) {
  return documents(db)
    .where('d.id', '=', id)
    .$if(companyId !== undefined, (q) => q.where('d.company_id', '=', companyId as string))
    .executeTakeFirst();
}

/** The id of the company's own registration, or undefined when it is not the company's. */
export function findOwnRegistration(db: Q, registrationId: string, companyId: string) {
  return db
    .selectFrom('company_product')
    .select('id')
    .where('id', '=', registrationId)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
}

/** pending → accepted, when still pending (a concurrent confirm may have won). */
export function markAccepted(db: Q, id: string, objectKey: string) {
  return db
    .updateTable('company_document')
    .set({ state: 'accepted', object_key: objectKey, decided_at: sql<Date>`jicai_now()` })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
}

/** pending → rejected with the fields that differed, when still pending. */
export function markRejected(db: Q, id: string, problems: readonly FieldProblem[]) {
  return db
    .updateTable('company_document')
    .set({ state: 'rejected', rejection: JSON.stringify(problems), decided_at: sql<Date>`jicai_now()` })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
}

export interface DocumentFilter {
  readonly companyId?: string;
  readonly kind?: CompanyDocumentKind;
  readonly state?: CompanyDocumentState;
}

/** A page of documents, newest first. */
export function pageDocuments(db: Q, filter: DocumentFilter, page: Page) {
  const query = documents(db)
    .$if(filter.companyId !== undefined, (q) => q.where('d.company_id', '=', filter.companyId as string))
    .$if(filter.kind !== undefined, (q) => q.where('d.kind', '=', filter.kind as CompanyDocumentKind))
    .$if(filter.state !== undefined, (q) => q.where('d.state', '=', filter.state as CompanyDocumentState));
  const keys = [
    key<CompanyDocumentRow>('d.created_at', (r) => r.created_key, true),
    key<CompanyDocumentRow>('d.id', (r) => r.id, true),
  ];
  return keysetPage(query, keys, page);
}
