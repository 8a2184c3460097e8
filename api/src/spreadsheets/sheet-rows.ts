import type { FieldProblem } from '../http/app-error.js';
import { unstorableText } from '../http/request-guards.js';

/**
 * One sheet of an imported file as text cells: `rows[i]` is spreadsheet row i + 1 (the header is
 * row 1; blank rows are kept as empty arrays so numbers match what Excel shows). A CSV file is one
 * sheet without a name.
 */
export interface SheetRows {
  readonly name: string | null;
  readonly rows: readonly (readonly string[])[];
}

/** Where a problem is: sheet, spreadsheet row and (when one cell is at fault) its column. */
export interface CellPlace {
  readonly sheet: string | null;
  readonly row: number;
  readonly column?: string | null;
  /** the column's position (0-based) in its sheet, for the A1 reference of an .xlsx cell */
  readonly columnIndex?: number;
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A problem in an imported file. `path` keeps the CSV import's spelling (`row 7.quantity`), and the
 * members say the same for programs: sheet, row, column, a stable code, and the cell of an .xlsx.
 */
export function cellProblem(
  place: CellPlace,
  code: string,
  message: string,
  messageZh: string,
): FieldProblem {
  const column = place.column ?? null;
  return {
    path: column ? `row ${place.row}.${column}` : `row ${place.row}`,
    message,
    messageZh,
    sheet: place.sheet,
    row: place.row,
    column,
    code,
    ...(place.sheet !== null &&
      place.columnIndex !== undefined &&
      place.columnIndex >= 0 && { cell: `${columnLetters(place.columnIndex)}${place.row}` }),
  };
}

/**
 * The header of one sheet resolved to our column names: each header cell may be the English name
 * or one of its Chinese names (as `aliases` lists them). Unknown, repeated and missing columns are
 * problems of row 1.
 */
export function resolveHeader<C extends string>(
  sheet: string | null,
  header: readonly string[],
  aliases: Readonly<Record<C, readonly string[]>>,
  required: readonly C[],
): { columns: (C | null)[]; problems: FieldProblem[] } {
  const names = Object.keys(aliases) as C[];
  const listed = names.map((n) => `${n} (${aliases[n].join('/')})`).join(', ');
  const at = (code: string, en: string, zh: string, i?: number) =>
    cellProblem({ sheet, row: 1, column: null, columnIndex: i }, code, en, zh);
  if (header.length === 0 || header.every((h) => h === '')) {
    return {
      columns: [],
      problems: [at('HEADER_MISSING', `a header row is required: ${listed}`, `需要表头行：${listed}`)],
    };
  }
  const problems: FieldProblem[] = [];
  const columns = header.map((cell, i): C | null => {
    const folded = cell.trim().toLowerCase();
    const name = names.find((n) => n.toLowerCase() === folded || aliases[n].includes(cell.trim()));
    if (name) return name;
    // a trailing empty header cell with nothing under it is how spreadsheets pad rows
    if (cell === '') return null;
    const shown = JSON.stringify(unstorableText(cell) ? cell.replace(/[\u0000\ud800-\udfff]/g, '?') : cell);
    problems.push(
      at(
        'UNKNOWN_COLUMN',
        `unknown column ${shown} (columns: ${listed})`,
        `未知的列 ${shown}（可用列：${listed}）`,
        i,
      ),
    );
    return null;
  });
  columns.forEach((name, i) => {
    if (name !== null && columns.indexOf(name) !== i)
      problems.push(at('DUPLICATE_COLUMN', `column ${name} appears twice`, `列 ${name} 出现了两次`, i));
  });
  for (const name of required) {
    if (!columns.includes(name))
      problems.push(at('MISSING_COLUMN', `missing column ${name}`, `缺少列 ${name}`));
  }
  return { columns, problems };
}

/** Sheets that hold anything: an .xlsx comes with empty Sheet2, Sheet3 that nobody means to import. */
export const nonEmptySheets = (sheets: readonly SheetRows[]) =>
  sheets.filter((s) => s.rows.some((r) => r.some((v) => v !== '')));
