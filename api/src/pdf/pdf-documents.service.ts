import { formatShanghai } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { companyBidStream, roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { namedEvaluationResult } from '../award/evaluation-result.js';
import { signReceipt } from '../bids/bid-receipt.js';
import { notFound } from '../http/app-error.js';
import { findOwnBidForReceipt } from './bid-receipt.repository.js';
import { bidReceiptTitle, renderBidReceiptPdf } from './bid-receipt-pdf.js';
import { issueDepsOf, servePdf, type IssuedDocument } from './issue-pdf.js';
import { findIssuedDocumentByCode } from './issued-document.repository.js';
import { findRecordSeqAt, findRoundForNotice } from './notice.repository.js';
import { NOTICE_TITLE, renderNoticePdf, type NoticeKind, type NoticeWinner } from './notice-pdf.js';
import { normalizeVerificationCode } from './verification-code.js';

export interface PdfFile {
  readonly bytes: Buffer;
  readonly filename: string;
  readonly document: IssuedDocument;
}

/**
 * The company's own receipt for its bid (its latest revision) on a product, as a PDF: issued on
 * the first download, the stored copy after. 404 when the company has no bid there (for anyone
 * else the bid does not exist). The issue is recorded on the company's own audit stream of the
 * round, beside its bids, so nothing on a shared chain tells that it bid.
 */
export async function bidReceiptPdf(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  productCode: string,
): Promise<PdfFile> {
  const bid = await findOwnBidForReceipt(deps.db, roundId, actor.organisationId, productCode);
  if (!bid) throw notFound('receipt', '该回执');
  const receipt = signReceipt(deps.signer, {
    kind: bid.withdrawn ? 'withdrawal' : 'bid',
    roundId,
    productCode: bid.product_code,
    companyId: actor.organisationId,
    commitment: bid.commitment,
    bid: null,
    salt: null,
    revision: bid.revision,
    sequence: Number(bid.sequence),
    receivedAt: bid.received_at_utc,
    roundKeyId: bid.round_key_id,
  });
  const title = bidReceiptTitle(bid.withdrawn);
  const { document, bytes } = await servePdf(deps.db, issueDepsOf(deps), {
    kind: 'bid-receipt',
    roundId,
    subject: `bid:${bid.id}:revision:${bid.revision}`,
    title,
    issuedAt: bid.received_at,
    audit: { stream: companyBidStream(roundId, actor.organisationId), actorUserId: actor.userId },
    render: (verification) =>
      renderBidReceiptPdf(
        {
          bidId: bid.id,
          roundCode: bid.round_code,
          roundName: bid.round_name,
          companyName: bid.company_name,
          productName: bid.product_name,
          receivedAt: bid.received_at,
          receipt,
        },
        verification,
      ),
  });
  const filename = `${title}-${bid.round_code}-${bid.product_code}-${bid.revision}.pdf`;
  return { bytes, filename, document };
}

interface NamedBid {
  readonly companyName: string | null;
  readonly specCode: string | null;
  readonly rank: number | null;
  readonly outcome: string;
  readonly ucp: string | null;
  readonly winningUcp: string | null;
  readonly winningPackPrice: string | null;
}
interface NamedProduct {
  readonly productId: string;
  readonly productName: string | null;
  readonly group: string | null;
  readonly bids: readonly NamedBid[];
}
const WINNING = new Set(['winner', 'revival-winner']);

/**
 * A round's notice as a PDF, public once published (404 before, as the result itself): the proposed
 * winners (拟中选) from their publication, the award (中选) from the award. It shows the evaluation
 * record that stood at the publication, so it is the same PDF whenever it is first asked for.
 */
export async function noticePdf(deps: AppDeps, roundId: string, kind: NoticeKind): Promise<PdfFile> {
  const round = await findRoundForNotice(deps.db, roundId);
  const publishedAt = kind === 'award-notice' ? round?.awarded_at : round?.proposed_at;
  if (!round || !publishedAt)
    throw kind === 'award-notice'
      ? notFound('award notice of this round', '本批次的中选结果公告')
      : notFound('proposed winners notice of this round', '本批次的拟中选结果公示');
  const seq = await findRecordSeqAt(deps.db, roundId, publishedAt);
  if (seq === undefined) throw notFound('evaluation of this round');
  const title = NOTICE_TITLE[kind];
  const { document, bytes } = await servePdf(deps.db, issueDepsOf(deps), {
    kind,
    roundId,
    subject: `round:${roundId}`,
    title: `${round.name}${title}`,
    issuedAt: publishedAt,
    audit: { stream: roundStream(roundId), actorUserId: null },
    render: async (verification) => {
      const result = await namedEvaluationResult(deps.db, roundId, seq);
      const products = result.products as readonly NamedProduct[];
      const label = (p: NamedProduct) =>
        `${p.productId} ${p.productName ?? ''}${p.group ? `（${p.group}）` : ''}`;
      const winners = products.flatMap((p) =>
        p.bids
          .filter((b) => WINNING.has(b.outcome))
          .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
          .map((b): NoticeWinner => ({
            productCode: p.productId,
            productName: p.productName ?? '',
            group: p.group,
            specCode: b.specCode ?? '—',
            companyName: b.companyName ?? '—',
            rank: b.rank === null ? '—' : String(b.rank),
            ucp: b.winningUcp ?? b.ucp ?? '—',
            packPrice: b.winningPackPrice ?? '—',
          })),
      );
      const withoutWinner = products.filter((p) => !p.bids.some((b) => WINNING.has(b.outcome))).map(label);
      return renderNoticePdf(
        {
          kind,
          roundCode: round.code,
          roundName: round.name,
          publishedAt,
          objectionEndsAt: round.objection_ends_at,
          recordSeq: seq,
          winners,
          withoutWinner,
        },
        verification,
      );
    },
  });
  return { bytes, filename: `${round.code}-${title}.pdf`, document };
}

/** What the public learns of an issued document from its code: enough to check a copy's hash. */
export async function verifyDocument(deps: AppDeps, input: string) {
  const code = normalizeVerificationCode(input);
  const document = code ? await findIssuedDocumentByCode(deps.db, code) : undefined;
  if (!document) throw notFound('document', '该验证码对应的文件');
  return {
    code: document.verification_code,
    kind: document.kind,
    title: document.title,
    round: document.round_id
      ? { id: document.round_id, code: document.round_code as string, name: document.round_name as string }
      : null,
    issuedAt: formatShanghai(document.issued_at),
    sha256: document.sha256,
    size: document.size,
  };
}
