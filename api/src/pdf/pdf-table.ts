import { FONT } from './pdf-fonts.js';
import { PAGE, type PdfDoc } from './pdf-document.js';

export interface PdfColumn {
  readonly header: string;
  /** points, or '*' to share what is left */
  readonly width: number | '*';
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * A bordered table across the text width (pdfkit's own table: wraps cells, breaks pages), the
 * header row in bold on grey. Money goes in as the decimal strings the API holds, right-aligned.
 */
export function drawTable(
  doc: PdfDoc,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
): void {
  doc.font(FONT.regular).fontSize(9);
  doc.table({
    position: { x: PAGE.margin },
    maxWidth: PAGE.width - 2 * PAGE.margin,
    columnStyles: columns.map((c) => ({ width: c.width, align: { x: c.align ?? 'left', y: 'center' } })),
    defaultStyle: { border: 0.5, borderColor: '#888888', padding: [3, 4] },
    data: [
      columns.map((c) => ({
        text: c.header,
        type: 'TH' as const,
        font: { src: FONT.bold },
        backgroundColor: '#eeeeee',
        align: { x: 'center' as const, y: 'center' as const },
      })),
      ...rows.map((row) => [...row]),
    ],
  });
  doc.font(FONT.regular).fontSize(10.5);
  doc.x = PAGE.margin;
}
