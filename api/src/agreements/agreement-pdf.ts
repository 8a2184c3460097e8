import {
  drawFields,
  drawSection,
  drawTitle,
  PAGE,
  renderPdf,
  type PdfDoc,
  type Verification,
} from '../pdf/pdf-document.js';
import { FONT } from '../pdf/pdf-fonts.js';
import type { AgreementDocument, AgreementDocumentLine } from './agreement-document.js';

/** The document kind of a purchase agreement in the register of issued documents. */
export const AGREEMENT_KIND = 'purchase-agreement';
export const AGREEMENT_TITLE = '药品集中带量采购购销协议';

const SUPPLY_ZH = { primary: '主供', backup: '备供' } as const;
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;
const PADDING = 3;

interface Column {
  readonly head: string;
  readonly width: number;
  readonly align: 'left' | 'right' | 'center';
  readonly cell: (line: AgreementDocumentLine, index: number) => string;
}

/** Thousands separators in a decimal string, by string (never through a JS number). */
export function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const COLUMNS: readonly Column[] = [
  { head: '序号', width: 26, align: 'center', cell: (_l, i) => String(i + 1) },
  {
    head: '产品',
    width: 98,
    align: 'left',
    cell: (l) => `${l.productName}\n${l.productCode}${l.group === null ? '' : `（${l.group} 组）`}`,
  },
  { head: '规格', width: 56, align: 'left', cell: (l) => `${l.specCode}\n每包装 ${l.unitsPerPack}` },
  { head: '中选价\n（元/包装）', width: 58, align: 'right', cell: (l) => groupThousands(l.packPrice) },
  {
    head: '约定采购量\n（最小单位/年）',
    width: 70,
    align: 'right',
    cell: (l) => groupThousands(l.agreedVolume),
  },
  { head: '约定金额\n（元/年）', width: 72, align: 'right', cell: (l) => groupThousands(l.amount) },
  { head: '供应', width: 30, align: 'center', cell: (l) => SUPPLY_ZH[l.supply] },
  { head: '采购周期', width: WIDTH - 410, align: 'center', cell: (l) => `${l.cycleStart}\n至 ${l.cycleEnd}` },
];

function rowHeight(doc: PdfDoc, cells: readonly string[]): number {
  return Math.max(
    ...cells.map((text, i) =>
      doc.heightOfString(text, { width: (COLUMNS[i] as Column).width - 2 * PADDING }),
    ),
  );
}

function drawRow(doc: PdfDoc, cells: readonly string[], bold: boolean): void {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(8.5);
  const height = rowHeight(doc, cells) + 2 * PADDING;
  if (doc.y + height > BOTTOM) {
    doc.addPage();
    if (!bold)
      drawRow(
        doc,
        COLUMNS.map((c) => c.head),
        true,
      );
    doc.font(bold ? FONT.bold : FONT.regular).fontSize(8.5);
  }
  const top = doc.y;
  let x = PAGE.margin;
  if (bold) doc.rect(x, top, WIDTH, height).fillColor('#eeeeee').fill().fillColor('#000000');
  cells.forEach((text, i) => {
    const column = COLUMNS[i] as Column;
    doc.text(text, x + PADDING, top + PADDING, { width: column.width - 2 * PADDING, align: column.align });
    doc.rect(x, top, column.width, height).lineWidth(0.5).stroke('#555555');
    x += column.width;
  });
  doc.x = PAGE.margin;
  doc.y = top + height;
}

function drawLines(doc: PdfDoc, agreement: AgreementDocument): void {
  drawRow(
    doc,
    COLUMNS.map((c) => c.head),
    true,
  );
  agreement.lines.forEach((line, i) =>
    drawRow(
      doc,
      COLUMNS.map((c) => c.cell(line, i)),
      false,
    ),
  );
  doc
    .moveDown(0.4)
    .font(FONT.bold)
    .fontSize(10)
    .text(`年度约定采购金额合计：${groupThousands(agreement.totalAmount)} 元`, PAGE.margin, doc.y, {
      width: WIDTH,
      align: 'right',
    });
  doc.font(FONT.regular).fontSize(10.5);
}

function numbered(doc: PdfDoc, items: readonly string[]): void {
  items.forEach((item, i) =>
    doc.text(`${i + 1}. ${item}`, PAGE.margin, doc.y, { width: WIDTH }).moveDown(0.2),
  );
}

/** The agreement's body: parties, lines, payment terms, other terms, signatures. */
function drawAgreement(doc: PdfDoc, a: AgreementDocument): void {
  drawTitle(doc, AGREEMENT_TITLE, `${a.round.name}（${a.round.code}）`);
  drawFields(doc, [
    ['协议编号', a.agreementId],
    [
      '甲方（医疗机构）',
      [a.hospital.name, a.hospital.region && `所在地区：${a.hospital.region}`].filter(Boolean).join('　'),
    ],
    ...(a.hospital.uscc ? [['统一社会信用代码', a.hospital.uscc] as const] : []),
    ['乙方（中选企业）', a.company.name],
    ...(a.company.uscc ? [['统一社会信用代码', a.company.uscc] as const] : []),
    ['组织方（联采办）', a.office],
    ['约定量确定日期', a.agreedOn],
  ]);
  drawSection(doc, '一、采购品种、中选价格与约定采购量');
  drawLines(doc, a);
  drawSection(doc, '二、回款与医保基金预付');
  numbered(doc, [
    `甲方应在货物验收合格之日起 ${a.payment.dueDays} 日内向乙方结清货款（回款）。`,
    `医保基金在采购周期开始时按不低于年度约定采购金额 ${percent(a.payment.prepayShare)} 的比例预付，本协议预付额不低于 ${groupThousands(a.payment.minimumPrepayment)} 元，并在结算中冲抵。`,
  ]);
  drawSection(doc, '三、其他约定');
  numbered(doc, [
    '约定采购量为甲方在采购周期内每年的最低采购量；超出部分仍按中选价格采购。',
    '乙方按“供应”栏所列身份（主供或备供）保障甲方所在地区的供应，配送、验收按采购文件执行。',
    `本协议依据${a.round.name}的采购文件及中选结果订立，未尽事宜按采购文件及相关规定执行。`,
    '本协议的电子文本与其核验码对应的存证哈希一致时有效；双方在平台内签署。',
    `双方签署的协议条款摘要（SHA-256）为 ${a.termsSha256}；签署人及签署时间以平台记录为准，可在平台核验。`,
  ]);
  drawSignatures(doc, a);
}

function drawSignatures(doc: PdfDoc, a: AgreementDocument): void {
  if (doc.y + 80 > BOTTOM) doc.addPage();
  doc.moveDown(0.8);
  const top = doc.y;
  const half = WIDTH / 2;
  const block = (x: number, party: string, name: string) => {
    doc
      .font(FONT.bold)
      .fontSize(10.5)
      .text(party, x, top, { width: half - 10 });
    doc.font(FONT.regular).text(name, x, doc.y + 2, { width: half - 10 });
    doc.text('（盖章）', x, doc.y + 10, { width: half - 10 });
    doc.text('签署日期：', x, doc.y + 4, { width: half - 10 });
  };
  block(PAGE.margin, '甲方', a.hospital.name);
  block(PAGE.margin + half, '乙方', a.company.name);
  doc.x = PAGE.margin;
}

/** "0.30" → "30%", by string (decimal shares of at most 4 places). */
export function percent(share: string): string {
  const [whole = '0', fraction = ''] = share.split('.');
  const digits = (whole + fraction.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  const cut = digits.length - Math.max(0, fraction.length - 2);
  const pct = fraction.length > 2 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
  return `${pct}%`;
}

/** The agreement as a PDF: deterministic bytes for the same document and verification. */
export function renderAgreementPdf(
  agreement: AgreementDocument,
  verification: Verification,
): Promise<Buffer> {
  return renderPdf({ title: AGREEMENT_TITLE, issuedAt: agreement.agreedAt, verification }, (doc) =>
    drawAgreement(doc, agreement),
  );
}
