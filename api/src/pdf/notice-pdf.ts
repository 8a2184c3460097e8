import { drawSection, drawTitle, renderPdf, type Verification } from './pdf-document.js';
import { beijingTime } from './pdf-format.js';
import { drawTable } from './pdf-table.js';

export type NoticeKind = 'proposed-winners-notice' | 'award-notice';

/** One winning bid as the notice lists it: names, the bid's spec, the decimal strings of the result. */
export interface NoticeWinner {
  readonly productCode: string;
  readonly productName: string;
  readonly group: string | null;
  readonly specCode: string;
  readonly companyName: string;
  readonly rank: string;
  readonly ucp: string;
  readonly packPrice: string;
}

export interface NoticeDocument {
  readonly kind: NoticeKind;
  readonly roundCode: string;
  readonly roundName: string;
  /** the publication: the proposed winners' or the award's */
  readonly publishedAt: Date;
  /** the objection period's end (proposed winners only) */
  readonly objectionEndsAt: Date | null;
  readonly recordSeq: number;
  readonly winners: readonly NoticeWinner[];
  /** products (× group) without a winner, by code and name */
  readonly withoutWinner: readonly string[];
}

export const NOTICE_TITLE: Readonly<Record<NoticeKind, string>> = {
  'proposed-winners-notice': '拟中选结果公示',
  'award-notice': '中选结果公告',
};

/** The proposed-winners notice (拟中选结果公示) or the award notice (中选结果公告) as a PDF. */
export function renderNoticePdf(data: NoticeDocument, verification: Verification): Promise<Buffer> {
  const title = NOTICE_TITLE[data.kind];
  return renderPdf(
    { title: `${data.roundName} ${title}`, issuedAt: data.publishedAt, verification },
    (doc) => {
      drawTitle(
        doc,
        `${data.roundName}\n${title}`,
        `批次编号 ${data.roundCode}　发布时间 ${beijingTime(data.publishedAt)}（北京时间）`,
      );
      doc.text(
        data.kind === 'proposed-winners-notice'
          ? `根据本批次采购文件规定的规则，经开标、评审（评审记录第 ${data.recordSeq} 号），现将拟中选结果公示如下。`
          : `本批次中选结果已确定（评审记录第 ${data.recordSeq} 号），现公告如下。中选企业应按采购文件与各医疗机构签订购销协议。`,
        { lineGap: 3 },
      );
      if (data.kind === 'proposed-winners-notice' && data.objectionEndsAt) {
        drawSection(doc, '公示期与异议');
        doc.text(
          `公示期自 ${beijingTime(data.publishedAt)} 至 ${beijingTime(data.objectionEndsAt)}（北京时间）。` +
            '参与本批次的企业对公示结果有异议的，应在公示期内通过平台提出，逾期不予受理。',
          { lineGap: 3 },
        );
      }
      drawSection(doc, data.kind === 'proposed-winners-notice' ? '拟中选结果' : '中选结果');
      drawTable(
        doc,
        [
          { header: '品种', width: '*' },
          { header: '规格', width: 58 },
          { header: '企业', width: 118 },
          { header: '排名', width: 30, align: 'center' },
          { header: '单位可比价（元）', width: 68, align: 'right' },
          { header: '中选价（元/包装）', width: 68, align: 'right' },
        ],
        data.winners.map((w) => [
          `${w.productCode} ${w.productName}${w.group ? `（${w.group}）` : ''}`,
          w.specCode,
          w.companyName,
          w.rank,
          w.ucp,
          w.packPrice,
        ]),
      );
      if (data.withoutWinner.length) {
        drawSection(doc, '无中选企业的品种');
        doc.text(data.withoutWinner.join('；'), { lineGap: 3 });
      }
      doc.moveDown(1).fontSize(9).fillColor('#444444');
      doc.text(
        '价格为评审结果的十进制数值，未经四舍五入。本文件由平台生成，可凭页脚验证码或二维码核验真伪。',
      );
      doc.fillColor('#000000');
    },
  );
}
