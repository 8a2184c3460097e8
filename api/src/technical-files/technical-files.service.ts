import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../app-env.js';
import { companyBidStream } from '../audit/audit-actions.js';
import { appendAudit, lockAuditStream } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import { findRoundKey } from '../opening/key-ceremony.repository.js';
import { findPublishedRoundState } from '../bids/bids.repository.js';
import { presignUpload, uploadMissing, uploadRejected, verifyUpload } from '../documents/upload.js';
import { requireAttachable } from './technical-file-gate.js';
import {
  sealedKey,
  sealTechnicalFile,
  sha256Hex,
  stagingKey,
  technicalFileAad,
} from './technical-file-seal.js';
import * as repo from './technical-files.repository.js';

/** a presigned PUT lives 15 minutes: enough for 25 MiB on a slow line, short enough to go stale */
export const UPLOAD_TTL_S = 15 * 60;
/** a released file's presigned GET lives 5 minutes: the page that shows it asks again */
export const DOWNLOAD_TTL_S = 5 * 60;
export const MAX_FILES_PER_BID = 20;

interface BidRef {
  readonly roundId: string;
  readonly productCode: string;
}

const tooMany = () =>
  new AppError('CONFLICT', {
    en: `a bid carries at most ${MAX_FILES_PER_BID} technical files`,
    zh: `每份报价最多附 ${MAX_FILES_PER_BID} 个技术文件`,
  });

/** Step 1: the company declares a file of its bid and gets a presigned PUT to a staging key. */
export async function requestUpload(
  deps: AppDeps,
  actor: Actor,
  ref: BidRef,
  file: { filename: string; contentType: string; size: number; sha256: string },
) {
  const companyId = actor.organisationId;
  return deps.db.transaction().execute(async (trx) => {
    await lockAuditStream(trx, companyBidStream(ref.roundId, companyId));
    const gate = await requireAttachable(trx, { ...ref, companyId });
    if ((await repo.countFilesOfBid(trx, gate.bidId)) >= MAX_FILES_PER_BID) throw tooMany();
    const id = randomUUID();
    await repo.insertUpload(trx, {
      id,
      roundId: ref.roundId,
      bidId: gate.bidId,
      companyId,
      name: file.filename,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      stagingKey: stagingKey(id),
      now: gate.now,
      expiresInS: UPLOAD_TTL_S,
    });
    const ticket = await presignUpload(deps.documents, stagingKey(id), file, gate.now, UPLOAD_TTL_S);
    return { uploadId: id, ...ticket };
  });
}

const notAnUpload = () =>
  invalid('uploadId', 'not an upload of your bid for this product', '不是贵企业对该产品报价的上传');

/**
 * Step 2: the platform checks the staged bytes against the declaration, seals them to the round's
 * public key, stores only the ciphertext, records the file and its plaintext hash in the company's
 * audit chain, and deletes the staged plaintext. A repeated confirmation answers the same receipt.
 */
export async function confirmUpload(deps: AppDeps, actor: Actor, ref: BidRef, uploadId: string) {
  const companyId = actor.organisationId;
  if (!(await findPublishedRoundState(deps.db, ref.roundId))) throw notFound('round');
  // a repeated confirmation, or one racing this (a double click) that sealed the file first: the receipt
  const orSealed = async (error: unknown) => {
    const own = await repo.listOwnFiles(deps.db, ref.roundId, companyId);
    const sealed = own.find((f) => f.id === uploadId && f.product_code === ref.productCode);
    if (sealed) return receipt(sealed);
    throw error;
  };
  const upload = await repo.findOwnUpload(deps.db, { roundId: ref.roundId, companyId, uploadId });
  const key = await findRoundKey(deps.db, ref.roundId);
  if (!upload || !key) return orSealed(notAnUpload());
  const declared = { size: Number(upload.size), contentType: upload.content_type, sha256: upload.sha256 };
  const check = await verifyUpload(deps.documents, upload.staging_key, declared);
  if (check.outcome === 'missing') return orSealed(uploadMissing(upload.expires_at.toISOString()));
  if (check.outcome === 'mismatch') {
    await forgetUpload(deps, upload.id, upload.staging_key);
    throw uploadRejected(check.problems);
  }
  const product = await deps.db
    .selectFrom('bid')
    .select('product_id')
    .where('id', '=', upload.bid_id)
    .executeTakeFirstOrThrow();
  const aad = technicalFileAad(ref.roundId, companyId, product.product_id, upload.id);
  const sealed = sealTechnicalFile(key.public_key, check.bytes, aad);
  check.bytes.fill(0);
  const objectKey = sealedKey(upload.id, randomUUID());
  await deps.documents.put(objectKey, sealed.ciphertext, {
    contentType: 'application/octet-stream',
  });
  let row;
  try {
    row = await deps.db.transaction().execute(async (trx) => {
      const stream = companyBidStream(ref.roundId, companyId);
      await lockAuditStream(trx, stream);
      const gate = await requireAttachable(trx, { ...ref, companyId });
      if (gate.bidId !== upload.bid_id || gate.now > upload.expires_at) throw notAnUpload();
      if ((await repo.countFilesOfBid(trx, gate.bidId)) >= MAX_FILES_PER_BID) throw tooMany();
      if (!(await repo.deleteUpload(trx, upload.id))) throw notAnUpload();
      const file = {
        id: upload.id,
        roundId: ref.roundId,
        bidId: gate.bidId,
        companyId,
        productId: gate.productId,
        name: upload.name,
        contentType: upload.content_type,
        size: declared.size,
        sha256: upload.sha256,
        sealedKey: objectKey,
        ciphertextSha256: sha256Hex(sealed.ciphertext),
        sealing: sealed.sealing,
        now: gate.now,
      };
      const saved = await repo.insertFile(trx, file);
      await appendAudit(trx, {
        stream,
        actorUserId: actor.userId,
        action: 'technical-file.sealed',
        subject: `round:${ref.roundId}:product:${ref.productCode}:file:${upload.id}`,
        payload: {
          fileId: upload.id,
          name: file.name,
          contentType: file.contentType,
          size: file.size,
          sha256: file.sha256,
          ciphertextSha256: file.ciphertextSha256,
        },
      });
      return { ...file, sealedAt: saved.sealed_at };
    });
  } catch (error) {
    await deps.documents.delete(objectKey);
    return orSealed(error);
  }
  await deps.documents.delete(upload.staging_key);
  return receipt({
    id: row.id,
    product_code: ref.productCode,
    name: row.name,
    content_type: row.contentType,
    size: String(row.size),
    sha256: row.sha256,
    sealed_at: row.sealedAt,
    status: 'sealed',
  });
}

async function forgetUpload(deps: AppDeps, uploadId: string, key: string) {
  await repo.deleteUpload(deps.db, uploadId);
  await deps.documents.delete(key);
}

/** The company removes one of its sealed files while bidding is open; its ciphertext is deleted. */
export async function removeFile(deps: AppDeps, actor: Actor, ref: BidRef, fileId: string) {
  const companyId = actor.organisationId;
  const removed = await deps.db.transaction().execute(async (trx) => {
    const stream = companyBidStream(ref.roundId, companyId);
    await lockAuditStream(trx, stream);
    const gate = await requireAttachable(trx, { ...ref, companyId });
    const [file] = await repo.discardFiles(trx, { bidId: gate.bidId, companyId, fileId });
    if (!file)
      throw invalid(
        'fileId',
        'not a sealed file of your bid for this product',
        '不是贵企业该产品报价的已密封文件',
      );
    await appendAudit(trx, {
      stream,
      actorUserId: actor.userId,
      action: 'technical-file.removed',
      subject: `round:${ref.roundId}:product:${ref.productCode}:file:${fileId}`,
      payload: { fileId, sha256: file.sha256 },
    });
    return file;
  });
  await deps.documents.delete(removed.sealed_key);
  return { fileId, removed: true as const };
}

type OwnRow = Awaited<ReturnType<typeof repo.listOwnFiles>>[number];
const receipt = (f: OwnRow) => ({
  fileId: f.id,
  productCode: f.product_code,
  name: f.name,
  contentType: f.content_type,
  size: Number(f.size),
  sha256: f.sha256,
  sealedAt: f.sealed_at.toISOString(),
  status: f.status,
});

/** The company's own technical files of a round, with the SHA-256 it can check its copy against. */
export async function listMine(deps: AppDeps, actor: Actor, roundId: string) {
  if (!(await findPublishedRoundState(deps.db, roundId))) throw notFound('round');
  return (await repo.listOwnFiles(deps.db, roundId, actor.organisationId)).map(receipt);
}

/**
 * The technical files as the technical opening left them, for the office: each released one with
 * a presigned GET of DOWNLOAD_TTL_S. Before that opening the list does not exist (404), like the
 * opened technical envelopes: nobody learns whether any file was attached.
 */
export async function listOpened(deps: AppDeps, roundId: string) {
  const key = await findRoundKey(deps.db, roundId);
  if (!key?.technical_opened_at) throw notFound('technical files of this round');
  const rows = await repo.listOpenedFiles(deps.db, roundId);
  return Promise.all(
    rows.map(async (f) => ({
      fileId: f.id,
      companyId: f.company_id,
      productCode: f.product_code,
      name: f.name,
      contentType: f.content_type,
      size: Number(f.size),
      sha256: f.sha256,
      status: f.status as 'released' | 'tampered',
      problem: f.problem,
      downloadUrl: f.released_key
        ? await deps.documents.presignGet(f.released_key, { expiresInS: DOWNLOAD_TTL_S, filename: f.name })
        : null,
      downloadExpiresInS: f.released_key ? DOWNLOAD_TTL_S : null,
    })),
  );
}
