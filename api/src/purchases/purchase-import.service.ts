import { sql } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { isRegionInRound } from '../demand/demand.repository.js';
import { AppError, forbidden } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { findRoundState } from '../rounds/rounds.repository.js';
import { visibleRound } from '../rounds/visible-round.js';
import { importRejected } from '../spreadsheets/import-body.js';
import type { SheetRows } from '../spreadsheets/sheet-rows.js';
import { readPurchaseSheets } from './purchase-import-sheet.js';
import * as repo from './purchase-import.repository.js';
import { ingestPurchaseRows } from './purchase-ingest.js';

/** An import as the hospital sees it: the file, its lines, what was recorded. */
export interface PurchaseImportResult {
  readonly importId: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly importedAt: string;
  /** data lines in the file */
  readonly lines: number;
  /** lines recorded by this file */
  readonly recorded: number;
  /** of those, under an agreement */
  readonly underAgreement: number;
  /** lines an earlier file had already recorded exactly so: left out */
  readonly skipped: number;
  readonly amount: string;
  /** true: this file had been imported before; nothing was added */
  readonly repeated: boolean;
}

/** The hospital's round, in its cycle: agreements exist only once volumes are agreed. */
async function roundForPurchases(db: Db, actor: Actor, roundId: string, writing: boolean) {
  const round = visibleRound(await findRoundState(db, roundId));
  if (!actor.regionCode || !(await isRegionInRound(db, roundId, actor.regionCode)))
    throw forbidden({
      en: `your region ${actor.regionCode ?? '(none)'} is not one of this round's regions`,
      zh: `您所在的区域 ${actor.regionCode ?? '（无）'} 不属于本轮次的区域`,
    });
  if (writing && round.state !== 'volumes-agreed')
    throw new AppError(
      'INVALID_STATE',
      {
        en: 'purchases are recorded once the round’s volumes are agreed',
        zh: '本轮次约定采购量确定后方可导入采购记录',
      },
      [],
      { state: round.state },
    );
  return actor.regionCode;
}

/** The round's date on its clock (a rehearsal clock when the office set one), in China. */
export async function roundToday(db: Db, roundId: string): Promise<string> {
  const { rows } = await sql<{ today: string }>`
    select to_char(jicai_round_now(${roundId}::uuid) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today`.execute(
    db,
  );
  return rows[0]?.today as string;
}

type ImportRow = NonNullable<Awaited<ReturnType<typeof repo.findImportByHash>>>;

async function resultOf(db: Db, row: ImportRow, repeated: boolean): Promise<PurchaseImportResult> {
  const counts = (await repo.importCounts(db, [row.id])).get(row.id) ?? {
    recorded: 0,
    agreed: 0,
    amount: '0',
  };
  return toResult(row, counts, repeated);
}

const toResult = (
  row: Pick<ImportRow, 'id' | 'file_name' | 'file_sha256' | 'imported_at' | 'line_count'>,
  counts: { recorded: number; agreed: number; amount: string },
  repeated: boolean,
): PurchaseImportResult => ({
  importId: row.id,
  fileName: row.file_name,
  fileSha256: row.file_sha256,
  importedAt: row.imported_at.toISOString(),
  lines: row.line_count,
  recorded: counts.recorded,
  underAgreement: counts.agreed,
  skipped: row.line_count - counts.recorded,
  amount: counts.amount,
  repeated,
});

/**
 * A hospital's file of purchase records (its HIS export). All or nothing: any problem refuses the
 * file with every problem by row. The same file again (same bytes) answers the first import's
 * result and adds nothing. Every line is written in one set-based statement, with one audit entry.
 */
export async function importPurchases(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  file: { sha256: string; name: string },
  sheets: readonly SheetRows[],
): Promise<PurchaseImportResult> {
  const regionCode = await roundForPurchases(deps.db, actor, roundId, true);
  const hospitalId = actor.organisationId;
  const earlier = await repo.findImportByHash(deps.db, hospitalId, roundId, file.sha256);
  if (earlier) return resultOf(deps.db, earlier, true);
  const reading = readPurchaseSheets(sheets);
  // a file whose header cannot be read has no rows to look up
  if (reading.rows.length === 0) throw importRejected(reading.problems);
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertImport(trx, {
      hospitalId,
      roundId,
      sha256: file.sha256,
      fileName: file.name,
      lineCount: reading.rows.length,
      by: actor.userId,
    });
    // the same file got in meanwhile: its result, as for any re-send
    if (!row)
      return resultOf(trx, (await repo.findImportByHash(trx, hospitalId, roundId, file.sha256))!, true);
    const today = await roundToday(trx, roundId);
    const rows = reading.rows.map((r) => ({ ...r, hospitalId, regionCode }));
    // every problem at once: the rows' form and what the database says of the well-formed ones
    await ingestPurchaseRows(
      trx,
      { roundId, importId: row.id, by: actor.userId },
      rows,
      today,
      reading.problems,
    );
    const result = await resultOf(trx, row, false);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'purchases.imported',
      subject: `hospital:${hospitalId}`,
      payload: {
        importId: row.id,
        fileSha256: file.sha256,
        lines: result.lines,
        recorded: result.recorded,
        skipped: result.skipped,
        amount: result.amount,
      },
    });
    return result;
  });
}

/** The hospital's earlier imports of the round, newest first, with what each recorded. */
export async function listPurchaseImports(deps: AppDeps, actor: Actor, roundId: string, page: Page) {
  await roundForPurchases(deps.db, actor, roundId, false);
  const rows = await repo.listImports(deps.db, actor.organisationId, roundId, page);
  const counts = await repo.importCounts(
    deps.db,
    rows.items.map((r) => r.id),
  );
  return mapPage(rows, (r) =>
    toResult(r, counts.get(r.id) ?? { recorded: 0, agreed: 0, amount: '0' }, false),
  );
}

/** The hospital's agreement lines of the round, for the template's example rows. */
export async function templateLines(deps: AppDeps, actor: Actor, roundId: string) {
  await roundForPurchases(deps.db, actor, roundId, false);
  return repo.findTemplateLines(deps.db, roundId, actor.organisationId);
}
