import { checkUscc } from '@jicai/domain';
import { parse } from 'csv-parse/sync';
import type { HonoRequest } from 'hono';
import { AppError, type FieldProblem } from '../http/app-error.js';
import { validationError } from '../http/problem.js';
import { unstorableText } from '../http/request-guards.js';
import { decodeCsv } from './csv-encoding.js';
import { ImportJson } from './demand.schema.js';

export const CSV_COLUMNS = [
  'productCode',
  'quantity',
  'lastYearVolume',
  'brandUscc',
  'group',
  'reason',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['productCode', 'quantity'];
export const MAX_IMPORT_ROWS = 5000;

/** One data row, its fields well-formed; `row` is its spreadsheet row number (the header is row 1). */
export interface CsvDemandRow {
  readonly row: number;
  readonly productCode: string;
  readonly quantity: number;
  readonly lastYearVolume: number | null;
  readonly brandUscc: string | null;
  readonly group: string | null;
  readonly reason: string | null;
}

export interface CsvReading {
  readonly rows: CsvDemandRow[];
  readonly problems: FieldProblem[];
}

/** Media types a browser or client may send a .csv file as (Windows with Excel reports application/vnd.ms-excel). */
const CSV_TYPES = ['text/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];

/**
 * The body as a CSV file in any encoding `decodeCsv` reads, or JSON {"csv": "…"} for clients that
 * only speak JSON (JSON text is Unicode already).
 */
export async function readCsvBody(request: HonoRequest): Promise<string> {
  const contentType = request.header('content-type') ?? '';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (CSV_TYPES.includes(type)) {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
    return decodeCsv(new Uint8Array(await request.arrayBuffer()), charset).text;
  }
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
    return parsed.data.csv;
  }
  throw new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    {
      en: `send the file as text/csv, or JSON {"csv": "…"} (got ${type || 'no content-type'})`,
      zh: `请以 text/csv 或 JSON {"csv": "…"} 发送文件（收到的是 ${type || '无 Content-Type'}）`,
    },
    [
      {
        path: 'header.Content-Type',
        message: `not accepted: ${type || 'none'}`,
        messageZh: `不接受：${type || '无'}`,
      },
    ],
  );
}

/** How many problems an import's refusal lists; `errorCount` says how many there were in all. */
export const MAX_LISTED_PROBLEMS = 100;

const rowOf = (path: string): number => Number(/^row (\d+)/.exec(path)?.[1] ?? 0);

/** The refusal of a whole file: its first problems by row, and their count. */
export function importRejected(problems: readonly FieldProblem[]): AppError {
  const sorted = [...problems].sort((a, b) => rowOf(a.path) - rowOf(b.path));
  const rows = new Set(sorted.map((p) => rowOf(p.path))).size;
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

/** Excel's "Unicode text" separates by tab; every other file by comma. Judged on the header line. */
const delimiterOf = (text: string) => {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
};

const problem = (path: string, message: string, messageZh: string): FieldProblem => ({
  path,
  message,
  messageZh,
});

/**
 * Reads every row and reports every problem it can see without the database: the header, the
 * column count, integers, USCC check digits, text the database cannot store, and a line given
 * twice. Nothing stops at the first; reading stops after MAX_IMPORT_ROWS + 1 records.
 */
export function readDemandCsv(text: string): CsvReading {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      // the header, the rows an import takes, and one more to tell that there were too many
      to: MAX_IMPORT_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const e = error as { message: string; records?: number };
    const path = `row ${(e.records ?? 0) + 1}`;
    return {
      rows: [],
      problems: [
        problem(path, `the CSV cannot be read past here: ${e.message}`, `CSV 从此处起无法读取：${e.message}`),
      ],
    };
  }
  const [header, ...data] = records;
  const problems = checkHeader(header ?? []);
  if (problems.length) return { rows: [], problems };
  const columns = (header ?? []) as Column[];
  if (data.filter((r) => !r.every((v) => v === '')).length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      problems: [
        problem(
          `row ${MAX_IMPORT_ROWS + 2}`,
          `at most ${MAX_IMPORT_ROWS} rows per import: split the file`,
          `每次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`,
        ),
      ],
    };

  const rows: CsvDemandRow[] = [];
  const seen = new Map<string, number>();
  data.forEach((record, index) => {
    const row = index + 2;
    if (record.every((v) => v === '')) return; // blank lines still count as spreadsheet rows
    const before = problems.length;
    if (record.length !== columns.length) {
      problems.push(
        problem(
          `row ${row}`,
          `has ${record.length} fields, the header has ${columns.length}`,
          `有 ${record.length} 个字段，表头有 ${columns.length} 个`,
        ),
      );
      return;
    }
    const at = (name: Column, message: string, messageZh: string) =>
      problems.push(problem(`row ${row}.${name}`, message, messageZh));
    columns.forEach((name, i) => {
      const what = unstorableText(record[i] ?? '');
      if (what) at(name, `contains ${what}: remove it`, '包含无法保存的字符，请删除');
    });
    if (problems.length > before) return;
    const field = (name: Column): string | null => {
      const i = columns.indexOf(name);
      const value = i < 0 ? '' : (record[i] ?? '');
      return value === '' ? null : value;
    };
    const productCode = field('productCode');
    if (productCode === null) at('productCode', 'required', '必填');
    const quantity = readQuantity(field('quantity'), true, (m, z) => at('quantity', m, z));
    const lastYearVolume = readQuantity(field('lastYearVolume'), false, (m, z) => at('lastYearVolume', m, z));
    const brandUscc = field('brandUscc')?.toUpperCase() ?? null;
    const usccProblem = brandUscc === null ? null : checkUscc(brandUscc);
    if (usccProblem)
      at(
        'brandUscc',
        `not a valid unified social credit code (${usccProblem})`,
        `不是有效的统一社会信用代码（${usccProblem}）`,
      );
    const group = field('group');
    const reason = field('reason');
    if (group !== null && group.length > 64) at('group', 'at most 64 characters', '最多 64 个字符');
    if (reason !== null && reason.length > 2000) at('reason', 'at most 2000 characters', '最多 2000 个字符');
    if (productCode !== null) {
      const key = `${productCode}\u0000${brandUscc ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined)
        at(
          'productCode',
          `the same product${brandUscc ? ' and brand' : ''} as row ${first}: one line each`,
          `与第 ${first} 行的产品${brandUscc ? '和品牌' : ''}相同：每项只能一行`,
        );
      else seen.set(key, row);
    }
    if (problems.length > before || productCode === null || quantity === null) return;
    rows.push({ row, productCode, quantity, lastYearVolume, brandUscc, group, reason });
  });
  if (problems.length === 0 && rows.length === 0)
    problems.push(problem('row 2', 'the file has a header but no data rows', '文件只有表头，没有数据行'));
  return { rows, problems };
}

function checkHeader(header: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const columns = CSV_COLUMNS.join(',');
  if (header.length === 0 || header.every((h) => h === '')) {
    return [problem('row 1', `a header row is required: ${columns}`, `需要表头行：${columns}`)];
  }
  header.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      const shown = JSON.stringify(unstorableText(name) ? name.replace(/[\u0000\ud800-\udfff]/g, '?') : name);
      problems.push(
        problem(
          'row 1',
          `unknown column ${shown} (columns: ${CSV_COLUMNS.join(', ')})`,
          `未知的列 ${shown}（可用列：${CSV_COLUMNS.join(', ')}）`,
        ),
      );
    } else if (header.indexOf(name) !== i) {
      problems.push(problem('row 1', `column ${name} appears twice`, `列 ${name} 出现了两次`));
    }
  });
  for (const name of REQUIRED) {
    if (!header.includes(name)) problems.push(problem('row 1', `missing column ${name}`, `缺少列 ${name}`));
  }
  return problems;
}

function readQuantity(
  value: string | null,
  required: boolean,
  problem: (message: string, messageZh: string) => void,
): number | null {
  if (value === null) {
    if (required) problem('required', '必填');
    return null;
  }
  if (!/^[0-9]+$/.test(value)) {
    const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    problem(
      `${shown} is not a whole number ≥ 0 (digits only, no separators)`,
      `${shown} 不是 ≥ 0 的整数（只用数字，不加分隔符）`,
    );
    return null;
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    problem('too large', '数值过大');
    return null;
  }
  return n;
}
