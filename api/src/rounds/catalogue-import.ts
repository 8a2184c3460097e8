import type { FieldProblem } from '../http/app-error.js';
import { schemaMessageZh } from '../http/schema-messages-zh.js';
import { unstorableText } from '../http/request-guards.js';
import {
  cellProblem,
  nonEmptySheets,
  resolveHeader,
  type CellPlace,
  type SheetRows,
} from '../spreadsheets/sheet-rows.js';
import { ProductBody } from './catalogue.schema.js';
import type { NewProduct } from './catalogue.service.js';

/** One row per spec; the product's own columns repeat on each of its rows (or stay empty after the first). */
export const CATALOGUE_COLUMNS = [
  'productCode',
  'name',
  'form',
  'volumeClass',
  'strengthUnit',
  'nationalDrugCode',
  'representativeSpecCode',
  'groups',
  'specCode',
  'strength',
  'unitsPerPack',
  'volumeMl',
  'ceiling',
] as const;
type Column = (typeof CATALOGUE_COLUMNS)[number];
const PRODUCT_COLUMNS = CATALOGUE_COLUMNS.slice(0, 8) as readonly Column[];
const REQUIRED: readonly Column[] = [
  'productCode',
  'name',
  'form',
  'volumeClass',
  'strengthUnit',
  'representativeSpecCode',
  'specCode',
  'strength',
  'unitsPerPack',
  'ceiling',
];

/** Chinese headers accepted for each column; an export of the catalogue writes the first. */
export const CATALOGUE_HEADERS_ZH: Readonly<Record<Column, readonly string[]>> = {
  productCode: ['产品编码', '品种编码'],
  name: ['通用名', '药品名称', '产品名称'],
  form: ['剂型'],
  volumeClass: ['约定量类别', '用量类别'],
  strengthUnit: ['规格单位'],
  nationalDrugCode: ['国家医保药品编码', '医保编码'],
  representativeSpecCode: ['代表品规格编码', '代表品'],
  groups: ['分组'],
  specCode: ['规格编码', '规格包装编码'],
  strength: ['规格', '含量'],
  unitsPerPack: ['包装数量', '包装规格数量'],
  volumeMl: ['装量(ml)', '装量（ml）', '装量'],
  ceiling: ['最高有效申报价', '最高限价'],
};

/** How many spec rows a catalogue import takes (national rounds have a few hundred). */
export const MAX_CATALOGUE_ROWS = 10_000;

export interface CatalogueReading {
  readonly products: NewProduct[];
  /** where each product came from, for problems the database finds (a code already in the round) */
  readonly places: CellPlace[];
  readonly problems: FieldProblem[];
}

interface Draft {
  readonly first: CellPlace;
  readonly fields: Map<Column, string>;
  readonly specs: { place: CellPlace; cells: Map<Column, string> }[];
}

/** Groups are written in one cell, separated by | ; 、 or a comma (as the office's sheets do). */
const splitGroups = (text: string) =>
  text
    .split(/[|;；、,，]/)
    .map((g) => g.trim())
    .filter((g) => g !== '');

/**
 * The catalogue rows of every sheet (CSV: the one) as products for `ProductBody`, the very schema
 * of `POST /rounds/{roundId}/products`: a product's rows are gathered by productCode, its own
 * columns must agree between them, and each problem the schema finds is put back on the row and
 * column it came from. Nothing stops at the first problem.
 */
export function readCatalogueSheets(all: readonly SheetRows[]): CatalogueReading {
  const sheets = nonEmptySheets(all);
  if (sheets.length === 0) sheets.push(all[0] ?? { name: null, rows: [] });
  const problems: FieldProblem[] = [];
  const drafts = new Map<string, Draft>();
  const folded = new Map<string, string>();
  let count = 0;
  for (const sheet of sheets) {
    const header = resolveHeader(sheet.name, sheet.rows[0] ?? [], CATALOGUE_HEADERS_ZH, REQUIRED);
    problems.push(...header.problems);
    if (header.problems.length) continue;
    const index = new Map(header.columns.flatMap((c, i) => (c === null ? [] : [[c, i] as const])));
    sheet.rows.forEach((record, i) => {
      if (i === 0 || record.every((v) => v === '')) return;
      const row = i + 1;
      const place = (column: Column | null): CellPlace => ({
        sheet: sheet.name,
        row,
        column,
        columnIndex: column === null ? undefined : index.get(column),
      });
      if (++count > MAX_CATALOGUE_ROWS) {
        if (count === MAX_CATALOGUE_ROWS + 1)
          problems.push(
            cellProblem(
              place(null),
              'TOO_MANY_ROWS',
              `at most ${MAX_CATALOGUE_ROWS} rows per import`,
              `每次最多导入 ${MAX_CATALOGUE_ROWS} 行`,
            ),
          );
        return;
      }
      const cells = new Map<Column, string>();
      let bad = false;
      for (const [name, c] of index) {
        const value = record[c] ?? '';
        const what = unstorableText(value);
        if (what) {
          bad = true;
          problems.push(
            cellProblem(
              place(name),
              'UNSTORABLE_TEXT',
              `contains ${what}: remove it`,
              '包含无法保存的字符，请删除',
            ),
          );
        } else if (value !== '') cells.set(name, value);
      }
      if (bad) return;
      const code = cells.get('productCode');
      if (code === undefined)
        return void problems.push(cellProblem(place('productCode'), 'REQUIRED', 'required', '必填'));
      const other = folded.get(code.toUpperCase());
      if (other !== undefined && other !== code)
        return void problems.push(
          cellProblem(
            place('productCode'),
            'DUPLICATE_PRODUCT',
            `product ${code} differs from ${other} only in case: codes are case-insensitive`,
            `产品 ${code} 与 ${other} 仅大小写不同：编码不区分大小写`,
          ),
        );
      folded.set(code.toUpperCase(), code);
      let draft = drafts.get(code);
      if (!draft) {
        draft = { first: place(null), fields: new Map(), specs: [] };
        drafts.set(code, draft);
      }
      for (const name of PRODUCT_COLUMNS) {
        const value = cells.get(name);
        if (value === undefined) continue;
        const known = draft.fields.get(name);
        if (known === undefined) draft.fields.set(name, value);
        else if (known !== value)
          problems.push(
            cellProblem(
              place(name),
              'INCONSISTENT_PRODUCT',
              `${JSON.stringify(value)} differs from ${JSON.stringify(known)} on an earlier row of product ${code}`,
              `与产品 ${code} 前面行中的 ${JSON.stringify(known)} 不一致：${JSON.stringify(value)}`,
            ),
          );
      }
      draft.specs.push({ place: place(null), cells });
    });
  }
  const products: NewProduct[] = [];
  const places: CellPlace[] = [];
  for (const [code, draft] of drafts) {
    const field = (name: Column) => draft.fields.get(name);
    const body = {
      code,
      name: field('name') ?? '',
      form: codeOf(FORM_NAMES_ZH, field('form')),
      volumeClass: codeOf(VOLUME_CLASS_NAMES_ZH, field('volumeClass')),
      strengthUnit: field('strengthUnit') ?? '',
      nationalDrugCode: field('nationalDrugCode') ?? null,
      representativeSpecCode: field('representativeSpecCode') ?? '',
      groups: splitGroups(field('groups') ?? ''),
      specs: draft.specs.map(({ cells }) => ({
        code: cells.get('specCode') ?? '',
        strength: cells.get('strength') ?? '',
        unitsPerPack: integerOrText(cells.get('unitsPerPack')),
        volumeMl: cells.get('volumeMl') ?? null,
        ceiling: cells.get('ceiling') ?? '',
      })),
    };
    const parsed = ProductBody.safeParse(body);
    if (parsed.success) {
      products.push(parsed.data);
      places.push(draft.first);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const [head, specIndex, specField] = issue.path;
      const spec = head === 'specs' && typeof specIndex === 'number' ? draft.specs[specIndex] : undefined;
      const column: Column =
        spec && typeof specField === 'string'
          ? specField === 'code'
            ? 'specCode'
            : (specField as Column)
          : head === 'code'
            ? 'productCode'
            : head === 'specs'
              ? 'specCode'
              : (head as Column);
      const at = spec?.place ?? draft.first;
      const cell = { ...at, column, columnIndex: undefined };
      const sheetColumns = (sheets.find((s) => s.name === at.sheet)?.rows[0] ?? []) as string[];
      const columnIndex = sheetColumns.findIndex(
        (h) => h === column || CATALOGUE_HEADERS_ZH[column]?.includes(h.trim()),
      );
      const names =
        column === 'form' ? FORM_NAMES_ZH : column === 'volumeClass' ? VOLUME_CLASS_NAMES_ZH : null;
      const accepted =
        names &&
        Object.entries(names)
          .map(([zh, code]) => `${zh}（${code}）`)
          .join('、');
      problems.push(
        cellProblem(
          { ...cell, columnIndex },
          'INVALID_VALUE',
          issue.message,
          accepted ? `应为以下之一：${accepted}` : (schemaMessageZh(issue.message) ?? issue.message),
        ),
      );
    }
  }
  if (problems.length === 0 && products.length === 0)
    problems.push(
      cellProblem(
        { sheet: sheets[0]?.name ?? null, row: 2 },
        'NO_DATA_ROWS',
        'the file has a header but no data rows',
        '文件只有表头，没有数据行',
      ),
    );
  return { products, places, problems };
}

// a clerk types the form and volume class as the portal shows them, in Chinese; the codes work too
const FORM_NAMES_ZH: Readonly<Record<string, string>> = {
  口服常释剂型: 'oral-solid',
  口服液体剂型: 'oral-liquid',
  注射剂: 'injection',
  耗材: 'consumable',
  其他: 'other',
};
const VOLUME_CLASS_NAMES_ZH: Readonly<Record<string, string>> = {
  一般: 'general',
  指定抗菌药物: 'designated-anti-infective',
  独家: 'exclusive',
};
const codeOf = (names: Readonly<Record<string, string>>, text: string | undefined): string =>
  text === undefined ? '' : (names[text.trim()] ?? text);

/** unitsPerPack goes to the schema as a number when it is one, so the schema's own message names it. */
const integerOrText = (text: string | undefined): number | string =>
  text === undefined ? '' : /^\d{1,9}$/.test(text) ? Number(text) : text;
