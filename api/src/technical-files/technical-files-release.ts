import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { companyBidStream, roundStream } from '../audit/audit-actions.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/database.js';
import { readRoundNow } from '../db/db-clock.js';
import type { DocumentStore } from '../documents/document-store.js';
import { openTechnicalFile, releasedKey, sha256Hex, technicalFileAad } from './technical-file-seal.js';
import * as repo from './technical-files.repository.js';

type Trx = Transaction<Database>;
type FileRow = Awaited<ReturnType<typeof repo.listFilesToRelease>>[number];
type Outcome =
  | { readonly status: 'released'; readonly releasedKey: string; readonly problem: null }
  | { readonly status: 'tampered'; readonly releasedKey: null; readonly problem: string };

const tampered = (problem: string): Outcome => ({ status: 'tampered', releasedKey: null, problem });

/** Decrypts one sealed file and checks it against the SHA-256 recorded when it was sealed. */
async function releaseOne(
  store: DocumentStore,
  privateKey: Buffer,
  roundId: string,
  f: FileRow,
): Promise<Outcome> {
  const ciphertext = await store.get(f.sealed_key);
  if (!ciphertext) return tampered('the sealed file is missing from the document store');
  let plaintext: Buffer;
  try {
    const aad = technicalFileAad(roundId, f.company_id, f.product_id, f.id);
    plaintext = openTechnicalFile(privateKey, f.sealing, ciphertext, aad);
  } catch {
    return tampered('the sealed file failed to decrypt (altered ciphertext or moved to another file)');
  }
  if (sha256Hex(plaintext) !== f.sha256)
    return tampered('the decrypted file does not match the SHA-256 recorded when it was sealed');
  await store.put(releasedKey(f.id), plaintext, { contentType: f.content_type });
  return { status: 'released', releasedKey: releasedKey(f.id), problem: null };
}

/**
 * At the technical opening, while the recombined round key exists: every sealed file of a live bid is
 * decrypted, checked against its recorded hash and written in plaintext under its released key; a
 * file that fails is recorded as tampered, never skipped. Files discarded before the deadline (or of
 * a withdrawn bid) lose their ciphertext, and uploads never confirmed their staged bytes.
 * The store is written inside the opening's transaction: should it roll back, a released object is
 * left that no row names and no route hands out, and the next opening writes it again.
 */
export async function releaseTechnicalFiles(
  deps: AppDeps,
  trx: Trx,
  roundId: string,
  privateKey: Buffer,
  actorUserId: string,
) {
  const files = await repo.listFilesToRelease(trx, roundId);
  const now = await readRoundNow(trx, roundId);
  const released: { fileId: string; sha256: string }[] = [];
  const failed: { fileId: string; sha256: string; problem: string }[] = [];
  for (const f of files) {
    if (f.status === 'discarded' || f.withdrawn) {
      await deps.documents.delete(f.sealed_key);
      continue;
    }
    const outcome = await releaseOne(deps.documents, privateKey, roundId, f);
    await repo.recordRelease(trx, { fileId: f.id, ...outcome, now });
    if (outcome.status === 'released') released.push({ fileId: f.id, sha256: f.sha256 });
    else failed.push({ fileId: f.id, sha256: f.sha256, problem: outcome.problem });
  }
  for (const upload of await repo.deleteUploadsOfRound(trx, roundId))
    await deps.documents.delete(upload.staging_key);
  if (released.length + failed.length > 0)
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId,
      action: 'technical-files.released',
      subject: `round:${roundId}`,
      payload: { released, tampered: failed },
    });
  return { released: released.length, tampered: failed };
}

/**
 * A withdrawn bid takes its files with it: they are discarded in the withdrawal's transaction (the
 * company's stream is locked already) and their ciphertext goes at the technical opening. A bid
 * submitted again later starts without files.
 */
export async function discardFilesOfWithdrawnBid(
  trx: Trx,
  a: { roundId: string; companyId: string; productId: string; productCode: string; actorUserId: string },
) {
  const bid = await trx
    .selectFrom('bid')
    .select('id')
    .where('round_id', '=', a.roundId)
    .where('company_id', '=', a.companyId)
    .where('product_id', '=', a.productId)
    .executeTakeFirst();
  if (!bid) return;
  const files = await repo.discardFiles(trx, { bidId: bid.id, companyId: a.companyId });
  if (files.length === 0) return;
  await appendAudit(trx, {
    stream: companyBidStream(a.roundId, a.companyId),
    actorUserId: a.actorUserId,
    action: 'technical-files.discarded',
    subject: `round:${a.roundId}:product:${a.productCode}`,
    payload: { fileIds: files.map((f) => f.id) },
  });
}
