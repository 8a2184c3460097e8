import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../app-env.js';
import type { AuditStream } from '../audit/audit-actions.js';
import { appendAudit } from '../audit/audit.repository.js';
import { hasRole, type Actor } from '../auth/roles.js';
import { OFFICE_READERS } from '../companies/companies.service.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { toCompanyDocument } from './company-documents.mapper.js';
import * as repo from './company-documents.repository.js';
import type { CompanyDocument, CompanyDocumentInput } from './company-documents.schema.js';
import {
  keepVerifiedUpload,
  presignUpload,
  uploadMissing,
  uploadRejected,
  verifyUpload,
  type PresignedUpload,
} from './upload.js';

/** a download link lives 5 minutes: long enough to start it, too short to pass around */
export const DOWNLOAD_EXPIRES_S = 300;

/** One audit chain per company for its documents: companies never wait on each other. */
const companyStream = (companyId: string): AuditStream => `company:${companyId}`;
/** where the browser PUTs (the URL for it lives UPLOAD_EXPIRES_S) */
const uploadKey = (documentId: string) => `uploads/company-documents/${documentId}`;
/** the verified copy, under a key no URL was handed out for */
const objectKey = (companyId: string, documentId: string) => `company-documents/${companyId}/${documentId}`;

/** The office and auditors read every company's documents; a company its own; nobody else any. */
const readsAll = (actor: Actor) => hasRole(actor, ...OFFICE_READERS);
const missing = (id: string) => notFound(`document ${id}`, `文件 ${id}`);

async function visibleDocument(deps: AppDeps, actor: Actor, id: string) {
  const row = await repo.findDocument(deps.db, id, readsAll(actor) ? undefined : actor.organisationId);
  if (!row) throw missing(id);
  return row;
}

async function reread(deps: AppDeps, id: string): Promise<CompanyDocument> {
  const row = await repo.findDocument(deps.db, id);
  if (!row) throw missing(id);
  return toCompanyDocument(row);
}

/** A company asks to upload a document: a pending row and a presigned PUT for exactly that file. */
export async function requestUpload(
  deps: AppDeps,
  actor: Actor,
  input: CompanyDocumentInput,
): Promise<{ document: CompanyDocument; upload: PresignedUpload }> {
  const companyId = actor.organisationId;
  const id = randomUUID();
  const key = uploadKey(id);
  const upload = await presignUpload(deps.documents, key, input, new Date());
  await deps.db.transaction().execute(async (trx) => {
    if (input.registrationId && !(await repo.findOwnRegistration(trx, input.registrationId, companyId)))
      throw invalid('registrationId', 'not a registration of your company', '不是贵企业的产品登记');
    await repo.insertDocument(trx, {
      id,
      companyId,
      kind: input.kind,
      registrationId: input.registrationId,
      filename: input.filename,
      contentType: input.contentType,
      size: input.size,
      sha256: input.sha256,
      uploadKey: key,
      uploadExpiresAt: new Date(upload.expiresAt),
      uploadedBy: actor.userId,
    });
    await appendAudit(trx, {
      stream: companyStream(companyId),
      actorUserId: actor.userId,
      action: 'company-document.requested',
      subject: `company-document:${id}`,
      payload: { ...declared(input), kind: input.kind, registrationId: input.registrationId },
    });
  });
  return { document: await reread(deps, id), upload };
}

const declared = (d: { filename: string; contentType: string; size: number; sha256: string }) => ({
  filename: d.filename,
  contentType: d.contentType,
  size: d.size,
  sha256: d.sha256,
});

/**
 * The company says the file is up: the platform reads it and accepts it only when its size, type
 * (by its bytes) and SHA-256 are the declared ones, then records the hash in the audit chain. A
 * mismatch rejects the document for good and discards the object (a retry is a new upload: a key
 * names one file); nothing uploaded yet leaves it pending until its URL expires. Confirming an
 * accepted document again answers it unchanged.
 */
export async function confirm(deps: AppDeps, actor: Actor, id: string): Promise<CompanyDocument> {
  const row = await repo.findDocument(deps.db, id, actor.organisationId);
  if (!row) throw missing(id);
  if (row.state === 'accepted') return toCompanyDocument(row);
  if (row.state === 'rejected') throw alreadyRejected(toCompanyDocument(row));

  const check = await verifyUpload(deps.documents, row.upload_key, {
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
  });
  if (check.outcome === 'missing' && !row.upload_expired) {
    // a concurrent confirm may have kept the file and dropped the upload meanwhile
    const now = await reread(deps, id);
    if (now.state !== 'pending') return settledMeanwhile(deps, id);
    throw uploadMissing(row.upload_expires_at.toISOString());
  }
  if (check.outcome !== 'verified') {
    const problems =
      check.outcome === 'mismatch'
        ? check.problems
        : [
            {
              path: 'upload',
              message: 'the upload URL expired before anything was uploaded',
              messageZh: '上传地址在文件上传前已过期',
            },
          ];
    const rejected = await deps.db.transaction().execute(async (trx) => {
      if (!(await repo.markRejected(trx, id, problems))) return false;
      await appendAudit(trx, {
        stream: companyStream(row.company_id),
        actorUserId: actor.userId,
        action: 'company-document.rejected',
        subject: `company-document:${id}`,
        payload: {
          ...declared({ ...row, contentType: row.content_type }),
          kind: row.kind,
          rejection: problems,
        },
      });
      return true;
    });
    if (!rejected) return settledMeanwhile(deps, id);
    await deps.documents.delete(row.upload_key);
    throw uploadRejected(problems, { documentState: 'rejected' });
  }

  const kept = objectKey(row.company_id, id);
  await keepVerifiedUpload(deps.documents, kept, check);
  const accepted = await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.markAccepted(trx, id, kept))) return false;
    await appendAudit(trx, {
      stream: companyStream(row.company_id),
      actorUserId: actor.userId,
      action: 'company-document.accepted',
      subject: `company-document:${id}`,
      payload: {
        filename: row.filename,
        kind: row.kind,
        registrationId: row.registration_id,
        contentType: check.contentType,
        size: check.size,
        sha256: check.sha256,
        objectKey: kept,
      },
    });
    return true;
  });
  if (!accepted) return settledMeanwhile(deps, id);
  await deps.documents.delete(row.upload_key);
  return reread(deps, id);
}

/** A concurrent confirm decided first: its outcome is the answer. */
async function settledMeanwhile(deps: AppDeps, id: string): Promise<CompanyDocument> {
  const now = await reread(deps, id);
  if (now.state === 'rejected') throw alreadyRejected(now);
  return now;
}

function alreadyRejected(document: CompanyDocument) {
  return new AppError(
    'INVALID_STATE',
    {
      en: 'this upload was rejected (the file was not the one declared); request a new upload',
      zh: '此次上传已被拒绝（文件与申报不一致）；请重新申请上传',
    },
    document.rejection ?? [],
    { documentState: document.state },
  );
}

export async function list(
  deps: AppDeps,
  actor: Actor,
  filter: repo.DocumentFilter,
  page: Page,
): Promise<{ items: CompanyDocument[]; nextCursor: string | null }> {
  const own = actor.organisationId;
  // a company asking for another company's documents sees none: not even whether there are any
  const companyId = readsAll(actor) ? filter.companyId : own;
  if (!readsAll(actor) && filter.companyId !== undefined && filter.companyId !== own)
    return { items: [], nextCursor: null };
  return mapPage(await repo.pageDocuments(deps.db, { ...filter, companyId }, page), toCompanyDocument);
}

export async function get(deps: AppDeps, actor: Actor, id: string): Promise<CompanyDocument> {
  return toCompanyDocument(await visibleDocument(deps, actor, id));
}

/** A short-lived presigned GET of an accepted document, named as it was uploaded. */
export async function downloadUrl(deps: AppDeps, actor: Actor, id: string): Promise<string> {
  const row = await visibleDocument(deps, actor, id);
  if (row.state !== 'accepted' || !row.object_key)
    throw new AppError(
      'INVALID_STATE',
      {
        en: `only an accepted document can be downloaded; this one is ${row.state}`,
        zh: `只能下载已接受的文件；此文件状态为 ${row.state}`,
      },
      [],
      { documentState: row.state },
    );
  return deps.documents.presignGet(row.object_key, {
    expiresInS: DOWNLOAD_EXPIRES_S,
    filename: row.filename,
  });
}
