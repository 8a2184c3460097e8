import { Dec } from '@jicai/domain';
import type { Db } from '../db/database.js';
import type { FieldProblem } from '../http/app-error.js';
import { importRejected } from '../spreadsheets/import-body.js';
import { cellProblem } from '../spreadsheets/sheet-rows.js';
import * as repo from './purchase-import.repository.js';
import { resolvePurchaseRows, type HospitalRow, type ResolvedLines } from './purchase-lines.js';

/**
 * Lines of the file whose reference the hospital recorded before (by another file) with other
 * values: a line given again exactly as recorded is fine (skipped), one that differs is refused.
 */
async function recordedDifferently(
  db: Db,
  roundId: string,
  resolved: ResolvedLines,
  exceptImportId: string | null,
): Promise<FieldProblem[]> {
  const { lines } = resolved;
  const earlier = new Map(
    (await repo.findRecordedRefs(db, lines.hospitalIds, lines.externalRefs, exceptImportId)).map((p) => [
      `${p.hospital_id}\u0000${p.external_ref}`,
      p,
    ]),
  );
  if (earlier.size === 0) return [];
  const problems: FieldProblem[] = [];
  resolved.rows.forEach((r, i) => {
    const e = earlier.get(`${r.hospitalId}\u0000${r.externalRef}`);
    if (
      !e ||
      (e.round_id === roundId &&
        e.product_id === lines.productIds[i] &&
        e.company_id === lines.companyIds[i] &&
        e.packs === lines.packs[i] &&
        new Dec(e.pack_price).eq(lines.packPrices[i] as string) &&
        e.ordered_on === lines.orderedOn[i])
    )
      return;
    problems.push(
      cellProblem(
        { sheet: r.sheet, row: r.row, column: 'externalRef' },
        'REF_RECORDED_DIFFERENTLY',
        `reference ${r.externalRef} was imported before with other values: correct it in the hospital's system or use a new reference`,
        `单号 ${r.externalRef} 此前已导入且内容不同：请在医院系统中核对，或使用新单号`,
      ),
    );
  });
  return problems;
}

/**
 * The purchase import after parsing, for one file (a hospital's; the benchmark's regional files
 * too): its rows against the database, then one insert. Any problem — `formProblems` from the
 * reading, the rows' own, a reference recorded differently — refuses the whole file (the caller's
 * transaction rolls back). References are judged after the insert, which skips those already
 * recorded through the unique index: the usual file, all new, costs no lookup of them.
 */
export async function ingestPurchaseRows(
  trx: Db,
  target: { roundId: string; importId: string; by: string | null },
  rows: readonly HospitalRow[],
  today: string,
  formProblems: readonly FieldProblem[] = [],
): Promise<{ recorded: number; skipped: number; lines: repo.PurchaseLines }> {
  const resolved = await resolvePurchaseRows(trx, target.roundId, rows, today);
  if (formProblems.length || resolved.problems.length) {
    const refs = await recordedDifferently(trx, target.roundId, resolved, null);
    throw importRejected([...formProblems, ...resolved.problems, ...refs]);
  }
  const recorded = await repo.insertPurchaseLines(trx, target, resolved.lines);
  const skipped = resolved.lines.productIds.length - recorded;
  if (skipped > 0) {
    const refs = await recordedDifferently(trx, target.roundId, resolved, target.importId);
    if (refs.length) throw importRejected(refs);
  }
  return { recorded, skipped, lines: resolved.lines };
}
