import type { Db } from '../db/database.js';
import { roundStream } from '../audit/audit-actions.js';
import { issuePdf, type IssueDeps, type IssueRequest } from '../pdf/issue-pdf.js';
import type { Verification } from '../pdf/pdf-document.js';
import { toAgreementDocument, type AgreementDocument } from './agreement-document.js';
import { AGREEMENT_KIND, AGREEMENT_TITLE } from './agreement-pdf.js';
import {
  findAgreementLines,
  findAgreements,
  markFailed,
  markIssued,
  type AgreementLineRow,
  type RoundContext,
} from './agreements.repository.js';

/** Renders an agreement's PDF: in this thread, or in a pool of worker threads (agreement-render-pool.ts). */
export type AgreementRenderer = (agreement: AgreementDocument, verification: Verification) => Promise<Buffer>;

export const agreementSubject = (agreementId: string) => `agreement:${agreementId}`;

/** The agreements' printable documents, read in two queries. */
export async function loadAgreementDocuments(
  db: Db,
  round: RoundContext,
  ids: readonly string[],
): Promise<AgreementDocument[]> {
  const [agreements, lines] = await Promise.all([findAgreements(db, ids), findAgreementLines(db, ids)]);
  const byAgreement = new Map<string, AgreementLineRow[]>();
  for (const line of lines) {
    const list = byAgreement.get(line.agreement_id) ?? [];
    list.push(line);
    byAgreement.set(line.agreement_id, list);
  }
  return agreements.map((a) => toAgreementDocument(round, a, byAgreement.get(a.id) ?? []));
}

/**
 * Issues one agreement's PDF through the PDF base (render, store under a key of its code and
 * SHA-256, record, audit the hash) and marks the agreement issued in the same transaction: the
 * record is the commit point. A crash after storing and before committing leaves the agreement to
 * do again, which renders the same bytes under the same key, so one agreement never has two PDFs.
 */
export async function issueAgreement(
  db: Db,
  deps: IssueDeps,
  render: AgreementRenderer,
  agreement: AgreementDocument,
  roundId: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const { document } = await issuePdf(trx, deps, agreementIssueRequest(agreement, roundId, render));
    return markIssued(trx, agreement.agreementId, {
      sha256: document.sha256,
      key: document.storage_key,
      at: document.created_at,
    });
  });
}

/** What the PDF base issues for an agreement: one purchase-agreement per agreement id. */
export function agreementIssueRequest(
  agreement: AgreementDocument,
  roundId: string,
  render: AgreementRenderer,
): IssueRequest {
  return {
    kind: AGREEMENT_KIND,
    roundId,
    subject: agreementSubject(agreement.agreementId),
    title: `${AGREEMENT_TITLE} · ${agreement.hospital.name} · ${agreement.company.name}`,
    issuedAt: agreement.agreedAt,
    audit: { stream: roundStream(roundId), actorUserId: null },
    render: (verification) => render(agreement, verification),
  };
}

/**
 * Issues a batch, `concurrency` agreements at a time (storing and recording one while rendering the
 * next); an agreement that fails is marked failed with its reason and the batch goes on.
 */
export async function issueAgreementBatch(
  db: Db,
  deps: IssueDeps,
  render: AgreementRenderer,
  round: RoundContext,
  ids: readonly string[],
  concurrency = 4,
): Promise<{ issued: number; failed: number }> {
  const documents = await loadAgreementDocuments(db, round, ids);
  let issued = 0;
  let failed = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < documents.length; i = next++) {
      const agreement = documents[i] as AgreementDocument;
      try {
        if (await issueAgreement(db, deps, render, agreement, round.id)) issued++;
      } catch (error) {
        failed++;
        await markFailed(db, agreement.agreementId, (error as Error).message || String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, documents.length) }, worker));
  return { issued, failed };
}
