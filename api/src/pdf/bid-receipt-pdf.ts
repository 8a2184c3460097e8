import type { BidReceipt } from '../bids/bid-receipt.js';
import { drawFields, drawSection, drawTitle, renderPdf, type Verification } from './pdf-document.js';
import { beijingTime } from './pdf-format.js';

/** What the receipt PDF prints: the signed listed receipt (no price, no salt) and the names. */
export interface BidReceiptDocument {
  readonly bidId: string;
  readonly roundCode: string;
  readonly roundName: string;
  readonly companyName: string;
  readonly productName: string;
  readonly receivedAt: Date;
  readonly receipt: BidReceipt;
}

export const bidReceiptTitle = (withdrawal: boolean) => (withdrawal ? '撤回回执' : '投标回执');

/**
 * The bid receipt (回执) as a PDF: the fields of the company's listed JSON receipt and the
 * platform's Ed25519 signature over them, never more. The price and the salt stay with the
 * company (they were the answer to the bid itself); the commitment binds them.
 */
export function renderBidReceiptPdf(data: BidReceiptDocument, verification: Verification): Promise<Buffer> {
  const { receipt } = data;
  const title = bidReceiptTitle(receipt.kind === 'withdrawal');
  return renderPdf(
    { title: `${title} ${data.roundCode} ${receipt.productCode}`, issuedAt: data.receivedAt, verification },
    (doc) => {
      drawTitle(doc, title, `${data.roundName}（${data.roundCode}）`);
      drawFields(doc, [
        ['投标企业', data.companyName],
        ['企业编号', receipt.companyId],
        ['品种', `${receipt.productCode} ${data.productName}`],
        ['投标编号', data.bidId],
        ['提交次序', `本品种第 ${receipt.revision} 次提交；本企业本批次第 ${receipt.sequence} 次`],
        ['接收时间', `${beijingTime(data.receivedAt)}（北京时间）`],
      ]);
      drawSection(doc, '签名内容');
      drawFields(
        doc,
        [
          // the signed value as it is, with its Chinese name
          ['回执类型', `${receipt.kind}（${receipt.kind === 'withdrawal' ? '撤回' : '投标'}）`],
          ['批次编号', receipt.roundId],
          ['承诺值', receipt.commitment ?? '—（撤回）'],
          ['接收时间 UTC', receipt.receivedAt],
          ['批次公钥编号', receipt.roundKeyId],
          ['平台密钥编号', receipt.keyId],
          ['平台签名', receipt.signature],
        ],
        { valueSize: 8.5 },
      );
      drawSection(doc, '说明');
      doc.text(
        [
          '本回执不含报价。报价已在提交时加密封存，开标前任何人（包括采购办公室）均无法读取。',
          '承诺值是报价与随机盐的 SHA-256：企业可用投标时保存的报价与盐自行计算并核对。',
          '平台签名（Ed25519）覆盖“签名内容”各项与批次、品种、企业编号组成的规范 JSON，可用平台公钥验证，方法见平台文档 receipts.md。',
        ].join('\n'),
        { lineGap: 3 },
      );
    },
  );
}
