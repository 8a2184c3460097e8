import { Dec } from '@jicai/domain';
import type { ExportTable } from '../spreadsheets/table-export.js';
import { PURCHASE_HEADERS_ZH } from './purchase-import-sheet.js';
import type { findTemplateLines } from './purchase-import.repository.js';

type Line = Awaited<ReturnType<typeof findTemplateLines>>[number];

/** The import's own first Chinese header of a column: the template is read back by the import. */
const header = (column: keyof typeof PURCHASE_HEADERS_ZH) => PURCHASE_HEADERS_ZH[column][0] as string;

/**
 * The purchase import's template: one row per agreement line of the hospital with the product,
 * the company's USCC, the spec and the awarded price filled in; reference, quantity and date left
 * empty (the import skips a row without reference and quantity, so unused rows can stay).
 */
export function purchaseTemplateTable(lines: readonly Line[]): ExportTable<Line> {
  const empty = () => null;
  return {
    sheet: '采购记录',
    rows: lines,
    columns: [
      { header: header('externalRef'), kind: 'text', value: empty, width: 18 },
      { header: header('productCode'), kind: 'text', value: (r) => r.product_code, width: 16 },
      { header: header('genericName'), kind: 'text', value: (r) => r.generic_name, width: 20 },
      { header: header('company'), kind: 'text', value: (r) => r.uscc ?? r.company_name, width: 24 },
      { header: header('specCode'), kind: 'text', value: (r) => r.spec_code, width: 12 },
      { header: header('packs'), kind: 'integer', value: empty, width: 10 },
      {
        header: header('packPrice'),
        kind: 'decimal',
        value: (r) => new Dec(r.pack_price).toFixed(),
        width: 10,
      },
      { header: header('amount'), kind: 'decimal', value: empty, width: 12 },
      { header: header('orderedOn'), kind: 'text', value: empty, width: 12 },
    ],
  };
}
