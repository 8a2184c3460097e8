import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { AppError } from '../http/app-error.js';
import type { SheetRows } from './sheet-rows.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx is a zip archive; an old .xls is an OLE compound file (which exceljs cannot read). */
export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
export const isOleXls = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export const unreadableXlsx = (why: string, whyZh: string) =>
  new AppError(
    'IMPORT_REJECTED',
    {
      en: `the file could not be read as an Excel workbook (.xlsx): ${why}`,
      zh: `无法按 Excel 工作簿（.xlsx）读取该文件：${whyZh}`,
    },
    [{ path: 'file', message: why, messageZh: whyZh, code: 'UNREADABLE_XLSX' }],
  );

/**
 * A cell as the text an import validates. Numbers are written as the shortest decimal that reads
 * back as the same double, which is what Excel shows for what was typed (0.85, 12345678901.23);
 * a formula gives its cached result; rich text its plain text; an error cell its code (#N/A).
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/**
 * Every worksheet of an .xlsx as text rows, read with exceljs's streaming reader so a 100,000-row
 * file never becomes a workbook model in memory. Reading stops `maxRows` + 2 rows into a sheet (the
 * header, the rows an import takes, and one to tell there were more). A file that is not a readable
 * workbook is refused as such (422), never as a server error.
 */
export async function readXlsxSheets(bytes: Uint8Array, maxRows: number): Promise<SheetRows[]> {
  if (!isZip(bytes)) throw unreadableXlsx('it is not a zip archive', '不是 zip 压缩包');
  const sheets: SheetRows[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      const rows: string[][] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        if (row.number > maxRows + 2) continue; // drain the rest of the sheet's stream
        const values = row.values as ExcelJS.CellValue[]; // 1-based, sparse
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        while (cells.length && cells[cells.length - 1] === '') cells.pop();
        while (rows.length < row.number - 1) rows.push([]);
        rows.push(cells);
      }
      const name = (worksheet as unknown as { name: string }).name;
      const state = (worksheet as unknown as { state?: string }).state;
      if (state === 'hidden' || state === 'veryHidden') continue; // lookup lists, not rows to import
      sheets.push({ name, rows });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw unreadableXlsx(
      `it is damaged or not a workbook (${message})`,
      `文件已损坏或不是工作簿（${message}）`,
    );
  }
  if (sheets.length === 0) throw unreadableXlsx('it has no worksheet', '没有工作表');
  return sheets;
}
