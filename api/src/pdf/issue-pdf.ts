import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.js';
import type { AppDeps } from '../app-env.js';
import type { AuditStream } from '../audit/audit-actions.js';
import type { Database } from '../db/database.js';
import type { DocumentStore } from '../documents/document-store.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import type { Verification } from './pdf-document.js';
import {
  findIssuedDocument,
  insertIssuedDocument,
  type IssuedDocumentRow,
} from './issued-document.repository.js';
import { publicOriginOf, verificationCodeFor, verificationUrl } from './verification-code.js';

/** Every kind of PDF the platform issues: a closed list, named in the verification answer. */
export const DOCUMENT_KINDS = [
  'bid-receipt',
  'proposed-winners-notice',
  'award-notice',
  'purchase-agreement',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface IssueDeps {
  readonly signer: PlatformSigner;
  readonly documents: Pick<DocumentStore, 'put' | 'get'>;
  /** the portal's public origin: the verification URL in the QR code starts with it */
  readonly publicOrigin: string;
}

/** What issuing needs, taken from the app's dependencies. */
export function issueDepsOf(deps: AppDeps): IssueDeps {
  return { signer: deps.signer, documents: deps.documents, publicOrigin: publicOriginOf(deps.config) };
}

export interface IssueRequest {
  readonly kind: DocumentKind;
  readonly roundId: string | null;
  /** what the document is about, unique per kind (e.g. `round:<id>`, `bid:<id>`): one PDF each */
  readonly subject: string;
  /** shown on the public verification page: nothing there that the code's holder may not know */
  readonly title: string;
  /** the instant the document speaks of, from its data (the PDF's dates) */
  readonly issuedAt: Date;
  readonly audit: { readonly stream: AuditStream; readonly actorUserId: string | null };
  /** lays out the PDF around its verification code; called only when none is issued yet */
  render(verification: Verification): Promise<Buffer>;
}

export type IssuedDocument = IssuedDocumentRow;

export interface IssueOutcome {
  readonly document: IssuedDocument;
  /** whether this call issued it */
  readonly created: boolean;
  /** the bytes, when this call rendered them (else read them with `readIssuedPdf`) */
  readonly bytes: Buffer | null;
}

/** The verification code and URL the document of (kind, subject) carries: known before rendering. */
export function verificationFor(deps: IssueDeps, kind: DocumentKind, subject: string): Verification {
  const code = verificationCodeFor(deps.signer, kind, subject);
  return { code, url: verificationUrl(deps.publicOrigin, code) };
}

/**
 * Issues the PDF of (kind, subject) once: renders it, stores the bytes under a key naming their
 * SHA-256, records the row and appends the hash to the audit chain, in `db`'s transaction when it is
 * one (the caller's state change and the issue commit together), else in one of its own. Idempotent:
 * when the document exists it is returned unrendered; two concurrent issuers both store (the bytes
 * are the same, or the loser's key differs by its hash, so nothing is overwritten) and the first
 * row wins, so there is never a second PDF for one subject.
 */
export async function issuePdf(
  db: Kysely<Database>,
  deps: IssueDeps,
  request: IssueRequest,
): Promise<IssueOutcome> {
  const existing = await findIssuedDocument(db, request.kind, request.subject);
  if (existing) return { document: existing, created: false, bytes: null };
  const verification = verificationFor(deps, request.kind, request.subject);
  const bytes = await request.render(verification);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const storageKey = `issued/${request.kind}/${verification.code}/${sha256}.pdf`;
  await deps.documents.put(storageKey, bytes, { contentType: 'application/pdf' });
  const record = async (trx: Transaction<Database>) => {
    const inserted = await insertIssuedDocument(trx, {
      kind: request.kind,
      round_id: request.roundId,
      subject: request.subject,
      title: request.title,
      verification_code: verification.code,
      sha256,
      size: bytes.length,
      storage_key: storageKey,
      issued_at: request.issuedAt,
    });
    if (!inserted) {
      const first = await findIssuedDocument(trx, request.kind, request.subject);
      if (!first) throw new Error(`issued_document ${request.kind} ${request.subject} vanished`);
      return { document: first, created: false, bytes: null };
    }
    await appendAudit(trx, {
      stream: request.audit.stream,
      actorUserId: request.audit.actorUserId,
      action: 'document.issued',
      subject: `${request.kind}:${request.subject}`,
      payload: { kind: request.kind, code: verification.code, sha256, size: bytes.length, key: storageKey },
    });
    return { document: inserted, created: true, bytes };
  };
  return db.isTransaction ? record(db as Transaction<Database>) : db.transaction().execute(record);
}

/**
 * The PDF of (kind, subject) to serve: issued now if it is not yet, else the stored copy. A copy
 * lost from the store is rendered again and put back, if its SHA-256 is the one recorded (the same
 * data gives the same bytes); never a different document under the same code.
 */
export async function servePdf(
  db: Kysely<Database>,
  deps: IssueDeps,
  request: IssueRequest,
): Promise<{ document: IssuedDocument; bytes: Buffer }> {
  const issued = await issuePdf(db, deps, request);
  const { document } = issued;
  const stored = issued.bytes ?? (await deps.documents.get(document.storage_key));
  if (stored) return { document, bytes: stored };
  const bytes = await request.render(verificationFor(deps, request.kind, request.subject));
  if (createHash('sha256').update(bytes).digest('hex') !== document.sha256)
    throw new Error(`issued document ${document.id} is missing from the store and renders differently now`);
  await deps.documents.put(document.storage_key, bytes, { contentType: 'application/pdf' });
  return { document, bytes };
}

/** The stored bytes of an issued document: the same every time it is served. */
export async function readIssuedPdf(
  deps: Pick<IssueDeps, 'documents'>,
  document: IssuedDocument,
): Promise<Buffer> {
  const bytes = await deps.documents.get(document.storage_key);
  if (!bytes)
    throw new Error(`issued document ${document.id} is missing from the store at ${document.storage_key}`);
  return bytes;
}
