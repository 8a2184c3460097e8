import { Dec } from '@jicai/domain';
import type { FieldProblem } from '../http/app-error.js';
import { unstorableText } from '../http/request-guards.js';
import { cellProblem, nonEmptySheets, resolveHeader, type SheetRows } from '../spreadsheets/sheet-rows.js';

export const PURCHASE_COLUMNS = [
  'externalRef',
  'productCode',
  'company',
  'specCode',
  'packs',
  'packPrice',
  'amount',
  'orderedOn',
] as const;
type Column = (typeof PURCHASE_COLUMNS)[number];
/** Columns a HIS export carries for its reader: read past, never imported. */
const INFO_COLUMNS = ['genericName', 'spec'] as const;
type HeaderName = Column | (typeof INFO_COLUMNS)[number];
const REQUIRED: readonly Column[] = [
  'externalRef',
  'productCode',
  'company',
  'packs',
  'packPrice',
  'orderedOn',
];

/** Chinese headers as hospitals' HIS (医院信息系统) exports name them; the first is what the template writes. */
export const PURCHASE_HEADERS_ZH: Readonly<Record<HeaderName, readonly string[]>> = {
  externalRef: ['入库单号', '订单号', '单据号', '入库单号/订单号'],
  productCode: ['产品编码', '品种编码', '产品代码'],
  company: ['企业', '生产企业', '企业名称', '企业统一社会信用代码', '统一社会信用代码'],
  specCode: ['规格编码', '规格包装编码'],
  packs: ['数量（盒）', '数量(盒)', '数量', '入库数量', '采购数量'],
  packPrice: ['单价', '单价（元）', '单价(元)', '采购单价', '入库单价'],
  amount: ['金额', '金额（元）', '金额(元)', '采购金额', '入库金额'],
  orderedOn: ['入库日期', '采购日期', '订单日期'],
  genericName: ['通用名', '药品名称'],
  spec: ['规格', '包装规格'],
};
/** A year of one large hospital's lines; a larger export is split into several files. */
export const MAX_PURCHASE_ROWS = 100_000;
const MAX_REF = 64;

/** One data row, well-formed; `row` is its spreadsheet row number (the header is row 1). */
export interface PurchaseFileRow {
  readonly sheet: string | null;
  readonly row: number;
  readonly externalRef: string;
  readonly productCode: string;
  /** a USCC (upper-cased) or a company's registered name */
  readonly company: string;
  readonly specCode: string | null;
  readonly packs: number;
  /** decimal strings, as the database stores them */
  readonly packPrice: string;
  readonly amount: string;
  readonly orderedOn: string;
}

export interface PurchaseReading {
  readonly rows: PurchaseFileRow[];
  readonly problems: FieldProblem[];
}

const PRICE = /^\d{1,10}(\.\d{1,4})?$/;
const AMOUNT = /^\d{1,14}(\.\d{1,6})?$/;

/**
 * A date as HIS exports write it: 2027-04-05, 2027/4/5, 2027.04.05, 20270405, or an .xlsx date
 * cell (read as an ISO instant at midnight). Answers 'YYYY-MM-DD' or null for anything else.
 */
export function readDate(value: string): string | null {
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T00:00:00(?:\.000)?Z| 0?0:00(?::00)?)?$/.exec(value) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const quoted = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * Reads every row of every non-empty sheet and reports every problem it can see without the
 * database: header, field count, whole numbers, prices, amount = packs × price exactly, dates, a
 * reference given twice. A row with neither reference nor quantity (a template's unfilled row) is
 * skipped. Nothing stops at the first problem.
 */
export function readPurchaseSheets(all: readonly SheetRows[]): PurchaseReading {
  const sheets = nonEmptySheets(all);
  if (sheets.length === 0) sheets.push(all[0] ?? { name: null, rows: [] });
  const problems: FieldProblem[] = [];
  const headers = sheets.map((s) => resolveHeader(s.name, s.rows[0] ?? [], PURCHASE_HEADERS_ZH, REQUIRED));
  for (const h of headers) problems.push(...h.problems);
  if (problems.length) return { rows: [], problems };
  const total = sheets.reduce((n, s) => n + Math.max(0, s.rows.length - 1), 0);
  if (total > MAX_PURCHASE_ROWS)
    return {
      rows: [],
      problems: [
        cellProblem(
          { sheet: sheets[0]?.name ?? null, row: MAX_PURCHASE_ROWS + 2 },
          'TOO_MANY_ROWS',
          `at most ${MAX_PURCHASE_ROWS} rows per import: split the file`,
          `每次最多导入 ${MAX_PURCHASE_ROWS} 行，请拆分文件`,
        ),
      ],
    };
  const rows: PurchaseFileRow[] = [];
  const seen = new Map<string, string>();
  sheets.forEach((sheet, s) => readSheet(sheet, headers[s]?.columns ?? [], rows, problems, seen));
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

function readSheet(
  sheet: SheetRows,
  columns: readonly (HeaderName | null)[],
  rows: PurchaseFileRow[],
  problems: FieldProblem[],
  seen: Map<string, string>,
) {
  const index = new Map(columns.flatMap((c, i) => (c === null ? [] : [[c, i] as const])));
  const csv = sheet.name === null;
  for (let i = 1; i < sheet.rows.length; i++) {
    const record = sheet.rows[i] ?? [];
    const row = i + 1;
    if (record.every((v) => v === '')) continue;
    const before = problems.length;
    const at = (column: Column | null, code: string, en: string, zh: string, columnIndex?: number) =>
      problems.push(
        cellProblem(
          {
            sheet: sheet.name,
            row,
            column,
            columnIndex: columnIndex ?? (column ? index.get(column) : undefined),
          },
          code,
          en,
          zh,
        ),
      );
    if (csv ? record.length !== columns.length : record.slice(columns.length).some((v) => v !== '')) {
      at(
        null,
        'FIELD_COUNT',
        `has ${record.length} fields, the header has ${columns.length}`,
        `有 ${record.length} 个字段，表头有 ${columns.length} 个`,
        csv ? undefined : columns.length,
      );
      continue;
    }
    for (let c = 0; c < record.length; c++) {
      const what = unstorableText(record[c] ?? '');
      const name = columns[c];
      if (what && name)
        at(null, 'UNSTORABLE_TEXT', `contains ${what}: remove it`, '包含无法保存的字符，请删除', c);
    }
    if (problems.length > before) continue;
    const cell = (c: Column): string => {
      const k = index.get(c);
      return k === undefined ? '' : (record[k] ?? '');
    };
    // a template's row left unfilled
    if (cell('externalRef') === '' && cell('packs') === '') continue;
    const required = (c: Column) => {
      const v = cell(c);
      if (v === '') at(c, 'REQUIRED', 'required', '必填');
      return v;
    };
    const externalRef = required('externalRef');
    const productCode = required('productCode');
    const companyText = required('company');
    // a USCC in any case; a name as written
    const company = /^[0-9A-Za-z]{18}$/.test(companyText) ? companyText.toUpperCase() : companyText;
    const packsText = required('packs');
    const priceText = required('packPrice');
    const dateText = required('orderedOn');
    if (externalRef.length > MAX_REF)
      at('externalRef', 'TOO_LONG', `at most ${MAX_REF} characters`, `最多 ${MAX_REF} 个字符`);
    let packs: number | null = null;
    if (packsText !== '') {
      if (!/^[0-9]{1,9}$/.test(packsText) || Number(packsText) === 0)
        at(
          'packs',
          'NOT_A_WHOLE_NUMBER',
          `${quoted(packsText)} is not a whole number of packs ≥ 1 (digits only)`,
          `${quoted(packsText)} 不是 ≥ 1 的整数盒数（只用数字）`,
        );
      else packs = Number(packsText);
    }
    let price: string | null = null;
    if (priceText !== '') {
      if (!PRICE.test(priceText) || new Dec(priceText).isZero())
        at(
          'packPrice',
          'NOT_A_PRICE',
          `${quoted(priceText)} is not a price per pack > 0 (at most 4 decimal places)`,
          `${quoted(priceText)} 不是大于 0 的每盒单价（最多 4 位小数）`,
        );
      else price = new Dec(priceText).toFixed();
    }
    let amount: string | null = null;
    if (packs !== null && price !== null) {
      amount = new Dec(price).times(packs).toFixed();
      const given = cell('amount');
      if (given !== '' && (!AMOUNT.test(given) || !new Dec(given).eq(amount)))
        at(
          'amount',
          'AMOUNT_MISMATCH',
          `${quoted(given)} is not quantity × price = ${amount}`,
          `${quoted(given)} 不等于 数量 × 单价 = ${amount}`,
        );
    }
    const orderedOn = dateText === '' ? null : readDate(dateText);
    if (dateText !== '' && orderedOn === null)
      at(
        'orderedOn',
        'NOT_A_DATE',
        `${quoted(dateText)} is not a date (YYYY-MM-DD)`,
        `${quoted(dateText)} 不是日期（格式 YYYY-MM-DD）`,
      );
    if (externalRef !== '') {
      const first = seen.get(externalRef);
      if (first !== undefined)
        at(
          'externalRef',
          'DUPLICATE_LINE',
          `the same reference as ${first}: one line each`,
          `与${first.replace(/^(?:(.*) )?row (\d+)$/, (_, s: string | undefined, n: string) => (s ? `工作表 ${s} 第 ${n} 行` : `第 ${n} 行`))}的单号相同：每个单号只能一行`,
        );
      else seen.set(externalRef, csv ? `row ${row}` : `${sheet.name} row ${row}`);
    }
    if (problems.length > before || packs === null || price === null || amount === null || orderedOn === null)
      continue;
    const spec = cell('specCode');
    rows.push({
      sheet: sheet.name,
      row,
      externalRef,
      productCode,
      company,
      specCode: spec === '' ? null : spec,
      packs,
      packPrice: price,
      amount,
      orderedOn,
    });
  }
}
