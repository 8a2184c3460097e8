import { z } from '@hono/zod-openapi';
import { parse } from 'csv-parse/sync';
import type { HonoRequest } from 'hono';
import { decodeCsv } from '../demand/csv-encoding.js';
import { AppError, type FieldProblem } from '../http/app-error.js';
import { validationError } from '../http/problem.js';
import { cellProblem, type SheetRows } from './sheet-rows.js';
import { isOleXls, isZip, readXlsxSheets, XLSX_TYPE } from './xlsx-reader.js';

/** Media types a browser or client may send a .csv file as (Windows with Excel reports application/vnd.ms-excel). */
const CSV_TYPES = ['text/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];
const FILE_TYPES = [...CSV_TYPES, XLSX_TYPE];
const ImportJson = z.object({ csv: z.string().min(1) });

/** The request body of an import, as OpenAPI shows it. */
export const IMPORT_BODY_CONTENT = {
  'text/csv': { schema: { type: 'string' as const } },
  [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
  'application/json': {
    schema: {
      type: 'object' as const,
      properties: { csv: { type: 'string' as const } },
      required: ['csv'],
    },
  },
};

const unsupported = (type: string) =>
  new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    {
      en: `send the file as .xlsx (${XLSX_TYPE}), text/csv, or JSON {"csv": "…"} (got ${type || 'no content-type'})`,
      zh: `请以 .xlsx（${XLSX_TYPE}）、text/csv 或 JSON {"csv": "…"} 发送文件（收到的是 ${type || '无 Content-Type'}）`,
    },
    [
      {
        path: 'header.Content-Type',
        message: `not accepted: ${type || 'none'}`,
        messageZh: `不接受：${type || '无'}`,
      },
    ],
  );

/**
 * An import's file as sheets of text cells: an .xlsx (known by its zip signature, whatever type the
 * browser claimed), a CSV in any encoding `decodeCsv` reads, or JSON {"csv": "…"} for clients that
 * only speak JSON. An old binary .xls is refused with the advice to save as .xlsx.
 */
export async function readImportBody(request: HonoRequest, maxRows: number): Promise<SheetRows[]> {
  const contentType = request.header('content-type') ?? '';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) {
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      throw new AppError('MALFORMED_REQUEST', {
        en: 'the request body is not valid JSON',
        zh: '请求体不是有效的 JSON',
      });
    }
    const parsed = ImportJson.safeParse(body);
    if (!parsed.success) throw validationError(parsed.error);
    return [csvSheet(parsed.data.csv, maxRows)];
  }
  if (!FILE_TYPES.includes(type)) throw unsupported(type);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (isZip(bytes) || type === XLSX_TYPE) return readXlsxSheets(bytes, maxRows);
  if (isOleXls(bytes))
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      {
        en: 'this is an old Excel 97–2003 workbook (.xls): save it as .xlsx or CSV and send that',
        zh: '这是旧版 Excel 97–2003 工作簿（.xls）：请另存为 .xlsx 或 CSV 后再上传',
      },
      [{ path: 'file', message: 'a .xls file', messageZh: '.xls 文件', code: 'XLS_NOT_SUPPORTED' }],
    );
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  return [csvSheet(decodeCsv(bytes, charset).text, maxRows)];
}

function csvSheet(text: string, maxRows: number): SheetRows {
  const parsed = parseCsvSheet(text, maxRows);
  if ('problem' in parsed) throw importRejected([parsed.problem]);
  return parsed.sheet;
}

/** Excel's "Unicode text" separates by tab; every other file by comma. Judged on the header line. */
const delimiterOf = (text: string) => {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
};

/**
 * A CSV file's text as one sheet of text cells (the header, the rows an import takes, and one more
 * to tell that there were too many), or the problem where its quoting breaks.
 */
export function parseCsvSheet(
  text: string,
  maxRows: number,
): { sheet: SheetRows } | { problem: FieldProblem } {
  try {
    const rows = parse(text, {
      bom: true,
      trim: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      to: maxRows + 2,
    }) as string[][];
    return { sheet: { name: null, rows } };
  } catch (error) {
    const e = error as { message: string; records?: number };
    const place = { sheet: null, row: (e.records ?? 0) + 1 };
    return {
      problem: cellProblem(
        place,
        'UNREADABLE_CSV',
        `the CSV cannot be read past here: ${e.message}`,
        `CSV 从此处起无法读取：${e.message}`,
      ),
    };
  }
}

/** How many problems an import's refusal lists; `errorCount` says how many there were in all. */
export const MAX_LISTED_PROBLEMS = 100;

const rowOf = (p: FieldProblem): number => p.row ?? Number(/^row (\d+)/.exec(p.path)?.[1] ?? 0);

/** The refusal of a whole file: its first problems by sheet (in file order) and row, and their count. */
export function importRejected(problems: readonly FieldProblem[]): AppError {
  const sheets = [...new Set(problems.map((p) => p.sheet ?? null))];
  const sorted = [...problems].sort(
    (a, b) => sheets.indexOf(a.sheet ?? null) - sheets.indexOf(b.sheet ?? null) || rowOf(a) - rowOf(b),
  );
  const rows = new Set(sorted.map((p) => `${p.sheet ?? ''}\u0000${rowOf(p)}`)).size;
  // a cell can be megabytes long: a message quotes at most the start of it
  const cut = (m: string) => (m.length > 300 ? `${m.slice(0, 300)}…` : m);
  const listed = sorted
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((p) => ({ ...p, message: cut(p.message), ...(p.messageZh && { messageZh: cut(p.messageZh) }) }));
  const more = sorted.length > listed.length;
  return new AppError(
    'IMPORT_REJECTED',
    {
      en: `${sorted.length} problem(s) in ${rows} row(s); nothing was saved${more ? `; the first ${listed.length} are listed` : ''}`,
      zh: `${rows} 行中共有 ${sorted.length} 个问题，未保存任何数据${more ? `；仅列出前 ${listed.length} 个` : ''}`,
    },
    listed,
    { errorCount: sorted.length },
  );
}
