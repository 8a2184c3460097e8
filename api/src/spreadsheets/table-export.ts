import { Dec } from '@jicai/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { attachment } from '../documents/document-store.js';
import { XLSX_TYPE } from './xlsx-reader.js';
import { withFixedZipTimes } from './zip-times.js';

/** What a column holds: text, a whole number (quantities), or money / a decimal as a decimal string. */
export type ColumnKind = 'text' | 'integer' | 'decimal';

export interface ExportColumn<R> {
  /** the Chinese header (Excel users read it); the CSV writes the same */
  readonly header: string;
  readonly kind: ColumnKind;
  readonly value: (row: R) => string | number | bigint | null;
  /** Excel's column width in characters */
  readonly width?: number;
}

export interface ExportTable<R> {
  readonly sheet: string;
  readonly columns: readonly ExportColumn<R>[];
  readonly rows: readonly R[];
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A decimal string as an Excel number only where that is exact: at most the 15 significant digits
 * Excel keeps, and the double closest to it prints back as the same decimal (so 0.3 stays 0.3 and
 * 12345678901.23 stays 12345678901.23). Anything else goes in as text, never rounded. The number
 * format shows the string's own decimal places, so "5.1200" reads 5.1200.
 */
export function decimalCell(text: string): { value: number | string; numFmt?: string } {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { value: text };
  // Excel keeps 15 significant digits: a longer decimal would be shown (and summed) as another
  const significant = text
    .replace(/^-?0*\.?0*/, '')
    .replace(/\./, '')
    .replace(/0+$/, '').length;
  const n = Number(text);
  if (significant > 15 || !Number.isFinite(n) || !new Dec(String(n)).eq(new Dec(text)))
    return { value: text };
  const places = text.split('.')[1]?.length ?? 0;
  return { value: n, numFmt: places ? `0.${'0'.repeat(places)}` : '0' };
}

const integerCell = (v: string | number | bigint): number | string => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isSafeInteger(n) ? n : String(v);
};

/** The table as an .xlsx workbook: one sheet, Chinese headers in bold, the header row frozen. */
export async function tableToXlsx<R>(table: ExportTable<R>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jicai';
  // fixed, so the same data gives the same bytes
  workbook.created = workbook.modified = new Date(Date.UTC(2000, 0, 1));
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow([]);
    table.columns.forEach((column, i) => {
      const raw = column.value(row);
      if (raw === null) return;
      const cell = added.getCell(i + 1);
      if (column.kind === 'integer') cell.value = integerCell(raw);
      else if (column.kind === 'decimal') {
        const { value, numFmt } = decimalCell(String(raw));
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      } else cell.value = String(raw);
    });
  }
  return withFixedZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The table as CSV: UTF-8 with a BOM (so Excel on Windows reads Chinese right), CRLF, decimals verbatim. */
export function tableToCsv<R>(table: ExportTable<R>): string {
  const records = [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) =>
      table.columns.map((c) => {
        const v = c.value(row);
        return v === null ? '' : String(v);
      }),
    ),
  ];
  return `\ufeff${stringify(records, { record_delimiter: '\r\n' })}`;
}

/** The download answer: the file, its type, and a Chinese file name (RFC 6266 filename*). */
export async function exportResponse<R>(
  table: ExportTable<R>,
  format: ExportFormat,
  fileName: string,
): Promise<Response> {
  const name = `${fileName}.${format}`;
  const headers = {
    'content-disposition': attachment(name),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
  if (format === 'csv')
    return new Response(tableToCsv(table), {
      headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
    });
  const bytes = await tableToXlsx(table);
  return new Response(bytes, { headers: { ...headers, 'content-type': XLSX_TYPE } });
}
