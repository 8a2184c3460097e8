import PDFDocument from 'pdfkit';
import { FONT, loadCjkFonts } from './pdf-fonts.js';
import { drawQrCode } from './pdf-qr.js';

export type PdfDoc = PDFKit.PDFDocument;

/** How every issued PDF is verified: the code printed on it and the public page its QR code opens. */
export interface Verification {
  readonly code: string;
  readonly url: string;
}

export interface PdfMeta {
  readonly title: string;
  /** the instant the document speaks of, taken from its data: never the clock, so bytes reproduce */
  readonly issuedAt: Date;
  readonly verification: Verification;
}

/** A4 in points and the page margins every document uses. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
const QR_SIZE = 72;
const QR_TOP = PAGE.margin - 40;
const FOOTER_Y = PAGE.height - PAGE.margin + 18;

/**
 * Renders a PDF: pdfkit with the CJK fonts registered (regular is current), `draw` lays out the
 * body, then every page gets the verification footer and page one the QR code. Deterministic: the
 * dates and the document /ID come from `meta` (pdfkit derives the /ID from the info dictionary), the
 * font subset tags from the font order, the QR code from the text; compression is zlib's, which is
 * deterministic too. The same meta and drawing give the same bytes.
 */
export async function renderPdf(meta: PdfMeta, draw: (doc: PdfDoc) => void): Promise<Buffer> {
  const fonts = loadCjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    // no Helvetica: pdfkit would parse its metrics for every document, and no text uses it
    font: null as unknown as string,
    margin: PAGE.margin,
    compress: true,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: `验证码 ${meta.verification.code}`,
      // ASCII, so tools find the code in the file's bytes without a PDF parser
      Keywords: `verification:${meta.verification.code}`,
      Creator: 'Jicai',
      Producer: 'Jicai',
      CreationDate: meta.issuedAt,
      ModDate: meta.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // pdfkit takes a parsed fontkit font as a font source (its types list only files and buffers).
  // The family, named like the font, is pdfkit's cache key when it restores a font by its source
  // (its tables do, per cell): without it, each cell would embed the font anew and compare it.
  doc.registerFont(FONT.regular, fonts.regular as unknown as Buffer, FONT.regular);
  doc.registerFont(FONT.bold, fonts.bold as unknown as Buffer, FONT.bold);
  doc.font(FONT.regular);
  const qrX = PAGE.width - PAGE.margin - QR_SIZE + 8;
  drawQrCode(doc, meta.verification.url, qrX, QR_TOP, QR_SIZE);
  doc.fontSize(7).text(meta.verification.code, qrX, QR_TOP + QR_SIZE, {
    width: QR_SIZE,
    align: 'center',
    lineBreak: false,
  });
  doc.fontSize(10.5);
  doc.x = PAGE.margin;
  doc.y = PAGE.margin;
  draw(doc);
  drawFooters(doc, meta.verification);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** The title block: the document's heading in bold, centred, below the QR code's top edge. */
export function drawTitle(doc: PdfDoc, title: string, subtitle?: string): void {
  // centred between two QR-wide gutters, so a long title wraps instead of running under the code
  const gutter = QR_SIZE + 8;
  const width = PAGE.width - 2 * (PAGE.margin + gutter);
  doc
    .font(FONT.bold)
    .fontSize(18)
    .text(title, PAGE.margin + gutter, PAGE.margin, { align: 'center', width });
  if (subtitle) {
    // below the QR code the subtitle has the whole width
    const clear = doc.y > QR_TOP + QR_SIZE + 12;
    doc
      .moveDown(0.3)
      .font(FONT.regular)
      .fontSize(11)
      .text(subtitle, clear ? PAGE.margin : PAGE.margin + gutter, doc.y, {
        align: 'center',
        width: clear ? PAGE.width - 2 * PAGE.margin : width,
      });
  }
  doc.x = PAGE.margin;
  doc.font(FONT.regular).fontSize(10.5).moveDown(1.2);
}

/**
 * Label–value lines (`投标人：某某公司`), the labels in one column. `valueSize` smaller than the
 * text's keeps a 64-digit hash or a signature on one or two lines.
 */
export function drawFields(
  doc: PdfDoc,
  fields: ReadonlyArray<readonly [string, string]>,
  { valueSize = 10.5 }: { valueSize?: number } = {},
): void {
  const labelWidth = 110;
  const x = PAGE.margin;
  const valueWidth = PAGE.width - 2 * PAGE.margin - labelWidth;
  for (const [label, value] of fields) {
    const y = doc.y;
    doc.font(FONT.bold).fontSize(10.5).text(`${label}：`, x, y, { width: labelWidth });
    const afterLabel = doc.y;
    doc
      .font(FONT.regular)
      .fontSize(valueSize)
      .text(value, x + labelWidth, y + (10.5 - valueSize) / 2, {
        width: valueWidth,
      });
    doc.fontSize(10.5);
    doc.y = Math.max(doc.y, afterLabel) + 3;
  }
  doc.x = x;
}

/** A section heading in bold. */
export function drawSection(doc: PdfDoc, heading: string): void {
  doc.moveDown(0.6).font(FONT.bold).fontSize(12).text(heading, PAGE.margin).moveDown(0.3);
  doc.font(FONT.regular).fontSize(10.5);
}

function drawFooters(doc: PdfDoc, verification: Verification): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // the footer sits in the bottom margin: with the margin kept, pdfkit would start a new page
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor('#444444')
      .text(
        `验证码 ${verification.code}　核验：${verification.url}　第 ${i - start + 1} 页 共 ${count} 页`,
        PAGE.margin,
        FOOTER_Y,
        { width: PAGE.width - 2 * PAGE.margin, align: 'center', lineBreak: false },
      )
      .fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
}
