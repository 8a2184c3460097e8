import { checkUscc } from '@jicai/domain';
import type { FieldProblem } from '../http/app-error.js';
import { unstorableText } from '../http/request-guards.js';
import { parseCsvSheet } from '../spreadsheets/import-body.js';
import {
  cellProblem,
  nonEmptySheets,
  resolveHeader,
  type CellPlace,
  type SheetRows,
} from '../spreadsheets/sheet-rows.js';

export const CSV_COLUMNS = [
  'productCode',
  'quantity',
  'lastYearVolume',
  'brandUscc',
  'group',
  'reason',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
/** Columns the template (demand-template.ts) carries for the reader, what the product is: read past, never imported. */
export const INFO_COLUMNS = ['genericName', 'spec', 'unit'] as const;
type HeaderName = Column | (typeof INFO_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['productCode', 'quantity'];
/** The Chinese headers a hospital's own spreadsheet may carry instead (an export writes the first). */
export const DEMAND_HEADERS_ZH: Readonly<Record<HeaderName, readonly string[]>> = {
  productCode: ['产品编码', '品种编码', '产品代码'],
  quantity: ['报量', '数量', '采购量'],
  lastYearVolume: ['上年用量', '上年采购量'],
  brandUscc: ['品牌企业统一社会信用代码', '品牌企业信用代码'],
  group: ['分组'],
  reason: ['理由', '低于基数理由'],
  genericName: ['通用名', '药品名称'],
  spec: ['规格'],
  unit: ['单位', '计量单位'],
};
/** A national hospital's catalogue × brands fits; larger files are split (and a 100,000-row .xlsx imports in seconds). */
export const MAX_IMPORT_ROWS = 100_000;

/** One data row, its fields well-formed; `row` is its spreadsheet row number (the header is row 1). */
export interface CsvDemandRow {
  readonly sheet: string | null;
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

/** The CSV import's reading of a file's text: `readDemandSheets` of its one sheet. */
export function readDemandCsv(text: string): CsvReading {
  const parsed = parseCsvSheet(text, MAX_IMPORT_ROWS);
  return 'problem' in parsed ? { rows: [], problems: [parsed.problem] } : readDemandSheets([parsed.sheet]);
}

/**
 * Reads every row of every sheet (CSV: one; .xlsx: each that is not empty) and reports every
 * problem it can see without the database: the header (English or Chinese names), the field count,
 * integers, USCC check digits, text the database cannot store, and a line given twice (across
 * sheets too). Nothing stops at the first; at most MAX_IMPORT_ROWS rows in all.
 */
export function readDemandSheets(all: readonly SheetRows[]): CsvReading {
  const sheets = nonEmptySheets(all);
  if (sheets.length === 0) sheets.push(all[0] ?? { name: null, rows: [] });
  const problems: FieldProblem[] = [];
  for (const sheet of sheets)
    problems.push(...resolveHeader(sheet.name, sheet.rows[0] ?? [], DEMAND_HEADERS_ZH, REQUIRED).problems);
  if (problems.length) return { rows: [], problems };
  let count = 0;
  for (const sheet of sheets) {
    sheet.rows.forEach((r, i) => {
      if (i === 0 || r.every((v) => v === '')) return;
      if (++count === MAX_IMPORT_ROWS + 1)
        problems.push(
          cellProblem(
            { sheet: sheet.name, row: i + 1 },
            'TOO_MANY_ROWS',
            `at most ${MAX_IMPORT_ROWS} rows per import: split the file`,
            `每次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`,
          ),
        );
    });
  }
  if (problems.length) return { rows: [], problems };

  const rows: CsvDemandRow[] = [];
  const seen = new Map<string, string>();
  for (const sheet of sheets) readSheet(sheet, rows, problems, seen);
  if (problems.length === 0 && rows.length === 0)
    problems.push(
      cellProblem(
        { sheet: sheets[0]?.name ?? null, row: 2 },
        'NO_DATA_ROWS',
        'the file has a header but no data rows',
        '文件只有表头，没有数据行',
      ),
    );
  return { rows, problems };
}

/** Where a sheet's problems go: its name and column positions, for `cellProblem`. */
interface SheetPlace {
  readonly name: string | null;
  readonly index: ReadonlyMap<HeaderName, number>;
  readonly problems: FieldProblem[];
}

function add(
  at: SheetPlace,
  row: number,
  column: HeaderName | null,
  code: string,
  message: string,
  messageZh: string,
  columnIndex?: number,
) {
  const place: CellPlace = {
    sheet: at.name,
    row,
    column,
    columnIndex: columnIndex ?? (column === null ? undefined : at.index.get(column)),
  };
  at.problems.push(cellProblem(place, code, message, messageZh));
}

const isBlank = (record: readonly string[]) => {
  for (const v of record) if (v !== '') return false;
  return true;
};

/**
 * One sheet's rows. A plain loop without closures per row: 100,000 rows are read in a fraction of
 * a second, so the import keeps up with PostgreSQL's COPY.
 */
function readSheet(
  sheet: SheetRows,
  rows: CsvDemandRow[],
  problems: FieldProblem[],
  seen: Map<string, string>,
) {
  const { columns } = resolveHeader(sheet.name, sheet.rows[0] ?? [], DEMAND_HEADERS_ZH, REQUIRED);
  const index = new Map(columns.flatMap((c, i) => (c === null ? [] : [[c, i] as const])));
  const at: SheetPlace = { name: sheet.name, index, problems };
  const csv = sheet.name === null;
  const col = (name: Column) => index.get(name) ?? -1;
  const [cCode, cQuantity, cLast, cUscc, cGroup, cReason] = CSV_COLUMNS.map(col) as number[];
  const cell = (record: readonly string[], c: number | undefined): string | null => {
    const value = c === undefined || c < 0 ? '' : (record[c] ?? '');
    return value === '' ? null : value;
  };
  for (let i = 1; i < sheet.rows.length; i++) {
    const record = sheet.rows[i] ?? [];
    const row = i + 1;
    if (isBlank(record)) continue; // blank lines still count as spreadsheet rows
    const before = problems.length;
    // a CSV row must have the header's field count; an .xlsx row simply ends at its last filled cell
    if (csv ? record.length !== columns.length : record.slice(columns.length).some((v) => v !== '')) {
      add(
        at,
        row,
        null,
        'FIELD_COUNT',
        `has ${record.length} fields, the header has ${columns.length}`,
        `有 ${record.length} 个字段，表头有 ${columns.length} 个`,
        csv ? undefined : columns.length,
      );
      continue;
    }
    for (let c = 0; c < record.length; c++) {
      const value = record[c] ?? '';
      const name = columns[c] ?? null;
      const what = unstorableText(value);
      if (what && name)
        add(at, row, name, 'UNSTORABLE_TEXT', `contains ${what}: remove it`, '包含无法保存的字符，请删除');
      else if (value !== '' && name === null && c < columns.length)
        add(at, row, null, 'VALUE_WITHOUT_COLUMN', 'a value under no column name', '该值所在列没有列名', c);
    }
    if (problems.length > before) continue;
    // a template's product left without a quantity, a brand or a reason is not reported this time
    if (cell(record, cQuantity) === null && cell(record, cUscc) === null && cell(record, cReason) === null)
      continue;
    const productCode = cell(record, cCode);
    if (productCode === null) add(at, row, 'productCode', 'REQUIRED', 'required', '必填');
    const quantity = readQuantity(at, row, 'quantity', cell(record, cQuantity), true);
    const lastYearVolume = readQuantity(at, row, 'lastYearVolume', cell(record, cLast), false);
    const brandUscc = cell(record, cUscc)?.toUpperCase() ?? null;
    const usccProblem = brandUscc === null ? null : checkUscc(brandUscc);
    if (usccProblem)
      add(
        at,
        row,
        'brandUscc',
        'INVALID_USCC',
        `not a valid unified social credit code (${usccProblem})`,
        `不是有效的统一社会信用代码（${usccProblem}）`,
      );
    const group = cell(record, cGroup);
    const reason = cell(record, cReason);
    if (group !== null && group.length > 64)
      add(at, row, 'group', 'TOO_LONG', 'at most 64 characters', '最多 64 个字符');
    if (reason !== null && reason.length > 2000)
      add(at, row, 'reason', 'TOO_LONG', 'at most 2000 characters', '最多 2000 个字符');
    if (productCode !== null) {
      const key = brandUscc === null ? productCode : `${productCode}\u0000${brandUscc}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const firstZh = first.replace(/^(?:(.*) )?row (\d+)$/, (_, s: string | undefined, n: string) =>
          s ? `工作表 ${s} 第 ${n} 行` : `第 ${n} 行`,
        );
        add(
          at,
          row,
          'productCode',
          'DUPLICATE_LINE',
          `the same product${brandUscc ? ' and brand' : ''} as ${first}: one line each`,
          `与${firstZh}的产品${brandUscc ? '和品牌' : ''}相同：每项只能一行`,
        );
      } else seen.set(key, csv ? `row ${row}` : `${sheet.name} row ${row}`);
    }
    if (problems.length > before || productCode === null || quantity === null) continue;
    rows.push({ sheet: sheet.name, row, productCode, quantity, lastYearVolume, brandUscc, group, reason });
  }
}

function readQuantity(
  at: SheetPlace,
  row: number,
  column: Column,
  value: string | null,
  required: boolean,
): number | null {
  if (value === null) {
    if (required) add(at, row, column, 'REQUIRED', 'required', '必填');
    return null;
  }
  if (!/^[0-9]+$/.test(value)) {
    const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    add(
      at,
      row,
      column,
      'NOT_A_WHOLE_NUMBER',
      `${shown} is not a whole number ≥ 0 (digits only, no separators)`,
      `${shown} 不是 ≥ 0 的整数（只用数字，不加分隔符）`,
    );
    return null;
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    add(at, row, column, 'TOO_LARGE', 'too large', '数值过大');
    return null;
  }
  return n;
}
