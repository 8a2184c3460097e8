import { checkUscc } from '@jicai/domain';
import { parse } from 'csv-parse/sync';
import { AppError, type FieldProblem } from '../http/app-error.js';
import { validationError } from '../http/problem.js';
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

/** The body as text/csv (or text/plain), or JSON {"csv": "…"} for clients that only speak JSON. */
export async function readCsvBody(request: Request): Promise<string> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = await request.text();
  if (type === 'text/csv' || type === 'text/plain') return text;
  if (type === 'application/json' || type.endsWith('+json')) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new AppError('MALFORMED_REQUEST', 'the request body is not valid JSON');
    }
    const parsed = ImportJson.safeParse(body);
    if (!parsed.success) throw validationError(parsed.error);
    return parsed.data.csv;
  }
  throw new AppError(
    'MALFORMED_REQUEST',
    `send the file as text/csv, or JSON {"csv": "…"} (got ${type || 'no content-type'})`,
  );
}

/**
 * Reads every row and reports every problem it can see without the database: the header, the
 * column count, integers, USCC check digits, and a line given twice. Nothing stops at the first.
 */
export function readDemandCsv(text: string): CsvReading {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const e = error as { message: string; records?: number };
    return {
      rows: [],
      problems: [
        { path: `row ${(e.records ?? 0) + 1}`, message: `the CSV cannot be read past here: ${e.message}` },
      ],
    };
  }
  const [header, ...data] = records;
  const problems = checkHeader(header ?? []);
  if (problems.length) return { rows: [], problems };
  const columns = (header ?? []) as Column[];

  const rows: CsvDemandRow[] = [];
  const seen = new Map<string, number>();
  data.forEach((record, index) => {
    const row = index + 2;
    if (record.every((v) => v === '')) return; // blank lines still count as spreadsheet rows
    const before = problems.length;
    if (record.length !== columns.length) {
      problems.push({
        path: `row ${row}`,
        message: `has ${record.length} fields, the header has ${columns.length}`,
      });
      return;
    }
    const field = (name: Column): string | null => {
      const at = columns.indexOf(name);
      const value = at < 0 ? '' : (record[at] ?? '');
      return value === '' ? null : value;
    };
    const at = (name: Column, message: string) => problems.push({ path: `row ${row}.${name}`, message });
    const productCode = field('productCode');
    if (productCode === null) at('productCode', 'required');
    const quantity = readQuantity(field('quantity'), true, (m) => at('quantity', m));
    const lastYearVolume = readQuantity(field('lastYearVolume'), false, (m) => at('lastYearVolume', m));
    const brandUscc = field('brandUscc')?.toUpperCase() ?? null;
    const usccProblem = brandUscc === null ? null : checkUscc(brandUscc);
    if (usccProblem) at('brandUscc', `not a valid unified social credit code (${usccProblem})`);
    const group = field('group');
    const reason = field('reason');
    if (group !== null && group.length > 64) at('group', 'at most 64 characters');
    if (reason !== null && reason.length > 2000) at('reason', 'at most 2000 characters');
    if (productCode !== null) {
      const key = `${productCode}\u0000${brandUscc ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined)
        at('productCode', `the same product${brandUscc ? ' and brand' : ''} as row ${first}: one line each`);
      else seen.set(key, row);
    }
    if (problems.length > before || productCode === null || quantity === null) return;
    rows.push({ row, productCode, quantity, lastYearVolume, brandUscc, group, reason });
  });
  if (problems.length === 0 && rows.length === 0)
    problems.push({ path: 'row 2', message: 'the file has a header but no data rows' });
  if (rows.length > MAX_IMPORT_ROWS)
    problems.push({
      path: `row ${MAX_IMPORT_ROWS + 2}`,
      message: `at most ${MAX_IMPORT_ROWS} rows per import`,
    });
  return { rows, problems };
}

function checkHeader(header: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (header.length === 0 || header.every((h) => h === '')) {
    return [{ path: 'row 1', message: `a header row is required: ${CSV_COLUMNS.join(',')}` }];
  }
  header.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.push({
        path: `row 1`,
        message: `unknown column ${JSON.stringify(name)} (columns: ${CSV_COLUMNS.join(', ')})`,
      });
    } else if (header.indexOf(name) !== i) {
      problems.push({ path: `row 1`, message: `column ${name} appears twice` });
    }
  });
  for (const name of REQUIRED) {
    if (!header.includes(name)) problems.push({ path: 'row 1', message: `missing column ${name}` });
  }
  return problems;
}

function readQuantity(
  value: string | null,
  required: boolean,
  problem: (message: string) => void,
): number | null {
  if (value === null) {
    if (required) problem('required');
    return null;
  }
  if (!/^[0-9]+$/.test(value)) {
    problem(`${JSON.stringify(value)} is not a whole number ≥ 0 (digits only, no separators)`);
    return null;
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    problem('too large');
    return null;
  }
  return n;
}
