import { invariant } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor, Role } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { AppError, forbidden, invalid, notFound, type FieldProblem } from '../http/app-error.js';
import { importRejected } from '../spreadsheets/import-body.js';
import type { SheetRows } from '../spreadsheets/sheet-rows.js';
import { readDemandSheets } from './csv-import.js';
import { cellProblem } from '../spreadsheets/sheet-rows.js';
import { checkDemandLine } from './demand-line.js';
import {
  findCompaniesByUsccArray,
  findProductsByCodeArray,
  upsertImportedLines,
  type ImportedLines,
} from './demand-import.repository.js';
import { toDemandLine, toDemandReport, toDemandTotal, type DemandLine } from './demand.mapper.js';
import * as repo from './demand.repository.js';
import { listApprovedLines, sumDemandTotals } from './demand-totals.repository.js';
import type { DemandInput } from './demand.schema.js';
import type { DemandStatus } from './demand.table.js';
import { mapPage, type Page } from '../http/list.js';
import { visibleRound } from '../rounds/visible-round.js';

/**
 * The round open for this hospital's demand, judged inside the caller's transaction under a share
 * lock: the state must be 'demand-open' and the database clock before the close, even when the
 * scheduler has not yet ticked the round to 'demand-closed'.
 */
async function openRoundForHospital(trx: Db, actor: Actor, roundId: string) {
  const round = visibleRound(await repo.findRoundForDemandWrite(trx, roundId));
  if (!actor.regionCode || !(await repo.isRegionInRound(trx, roundId, actor.regionCode))) {
    throw forbidden({
      en: `your region ${actor.regionCode ?? '(none)'} is not one of this round's regions`,
      zh: `您所在的区域 ${actor.regionCode ?? '（无）'} 不属于本轮次的区域`,
    });
  }
  const deadline = round.demand_closes_at?.toISOString() ?? null;
  if (round.state === 'published')
    throw new AppError(
      'INVALID_STATE',
      { en: 'the demand window has not opened yet', zh: '报量期尚未开始' },
      [],
      {
        state: round.state,
      },
    );
  if (round.state === 'cancelled')
    throw new AppError('INVALID_STATE', { en: 'the round is cancelled', zh: '本轮次已取消' }, [], {
      state: round.state,
    });
  if (round.state !== 'demand-open' || round.deadline_passed) {
    const message = {
      en: `the demand window closed at ${deadline ?? '?'}`,
      zh: `报量期已于 ${deadline ?? '?'} 截止`,
    };
    throw new AppError('DEADLINE_PASSED', message, [], {
      state: round.state,
      deadline,
    });
  }
  const floorShare = round.ruleset_frozen?.demandFloorShare;
  invariant(typeof floorShare === 'string', `round ${roundId} is open without a frozen demandFloorShare`);
  return { floorShare };
}

/** A hospital reports (or resubmits) one line; a line returned by its region goes back to 'submitted'. */
export async function submitReport(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  productCode: string,
  input: DemandInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { floorShare } = await openRoundForHospital(trx, actor, roundId);
    const [product] = await repo.findProductsByCodes(trx, roundId, [productCode]);
    if (!product) throw notFound(`product ${productCode} in this round`, `本轮次的产品 ${productCode}`);
    if (
      input.brandCompanyId !== null &&
      (await repo.findCompaniesByIds(trx, [input.brandCompanyId])).length === 0
    ) {
      throw invalid('brandCompanyId', 'no company with this id', '没有此 id 的企业');
    }
    const problems = checkDemandLine(input, product.groups, floorShare);
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        problems.map((p) => `${p.path}: ${p.message}`).join('; '),
        problems,
      );
    const previous = await repo.findLineStatus(
      trx,
      roundId,
      product.id,
      actor.organisationId,
      input.brandCompanyId,
    );
    const line = {
      roundId,
      productId: product.id,
      hospitalId: actor.organisationId,
      regionCode: actor.regionCode as string,
      ...input,
    };
    const [written] = await repo.upsertReports(trx, [line]);
    invariant(written, 'the upsert returned no row');
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'demand.submitted',
      subject: `demand-report:${written.id}`,
      payload: {
        productCode,
        ...input,
        hospitalId: actor.organisationId,
        previousStatus: previous?.status ?? null,
      },
    });
    const [row] = await repo.findReportsByIds(trx, [written.id]);
    return { created: written.inserted, report: toDemandReport(row as repo.DemandReportRow) };
  });
}

/**
 * A hospital's bulk import: every row is checked, and any problem rejects the whole file with every
 * problem listed by row; otherwise all lines are written in one transaction with one audit entry.
 */
export async function importReports(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  sheets: readonly SheetRows[],
) {
  const reading = readDemandSheets(sheets);
  return deps.db.transaction().execute(async (trx) => {
    const { floorShare } = await openRoundForHospital(trx, actor, roundId);
    const products = new Map(
      (await findProductsByCodeArray(trx, roundId, unique(reading.rows.map((r) => r.productCode)))).map(
        (p) => [p.code, p],
      ),
    );
    const usccs = unique(reading.rows.flatMap((r) => (r.brandUscc === null ? [] : [r.brandUscc])));
    const companies = new Map(
      (await findCompaniesByUsccArray(trx, usccs)).map((c) => [c.uscc?.trim(), c.id]),
    );
    const problems: FieldProblem[] = [...reading.problems];
    const lines: ImportedLines = {
      productIds: [],
      brandCompanyIds: [],
      quantities: [],
      lastYearVolumes: [],
      groups: [],
      reasons: [],
    };
    for (const r of reading.rows) {
      const at = (column: string, code: string, en: string, zh: string) =>
        problems.push(cellProblem({ sheet: r.sheet, row: r.row, column }, code, en, zh));
      const product = products.get(r.productCode);
      const brandCompanyId = r.brandUscc === null ? null : companies.get(r.brandUscc);
      if (!product)
        at(
          'productCode',
          'UNKNOWN_PRODUCT',
          `no product ${r.productCode} in this round`,
          `本轮没有产品 ${r.productCode}`,
        );
      if (brandCompanyId === undefined)
        at(
          'brandUscc',
          'UNKNOWN_COMPANY',
          `no company registered with code ${r.brandUscc ?? ''}`,
          `没有以代码 ${r.brandUscc ?? ''} 登记的企业`,
        );
      if (!product || brandCompanyId === undefined) continue;
      for (const p of checkDemandLine(r, product.groups, floorShare))
        at(p.path, p.code ?? 'RULE', p.message, p.messageZh ?? p.message);
      lines.productIds.push(product.id);
      lines.brandCompanyIds.push(brandCompanyId);
      lines.quantities.push(r.quantity);
      lines.lastYearVolumes.push(r.lastYearVolume);
      lines.groups.push(r.group);
      lines.reasons.push(r.reason);
    }
    if (problems.length) throw importRejected(problems);
    const { written, created } = await upsertImportedLines(
      trx,
      { roundId, hospitalId: actor.organisationId, regionCode: actor.regionCode as string },
      lines,
    );
    const rows = lines.productIds.length;
    const result = { rows, created, updated: written - created, unchanged: rows - written };
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'demand.imported',
      subject: `hospital:${actor.organisationId}`,
      payload: result,
    });
    return result;
  });
}

/** The office and auditors see every line, a region bureau its region's, a hospital its own. */
function scopeOf(actor: Actor): repo.DemandScope {
  const hasRole = (...roles: Role[]) => roles.some((r) => actor.roles.includes(r));
  if (hasRole('office-admin', 'office-official', 'auditor')) return { kind: 'all' };
  if (hasRole('region-bureau-user') && actor.regionCode)
    return { kind: 'region', regionCode: actor.regionCode };
  if (hasRole('hospital-user')) return { kind: 'hospital', hospitalId: actor.organisationId };
  throw forbidden({
    en: 'demand is seen by the office, region bureaus and hospitals',
    zh: '报量仅供采购办公室、区域医保局和医疗机构查看',
  });
}

export async function listReports(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  query: { status?: DemandStatus | undefined; productCode?: string | undefined } & Page,
) {
  const scope = scopeOf(actor);
  visibleRound(await repo.findRound(deps.db, roundId), { seesDrafts: scope.kind === 'all' });
  const { limit, cursor, ...filter } = query;
  return mapPage(await repo.listReports(deps.db, roundId, scope, filter, { limit, cursor }), toDemandReport);
}

/** Totals by product × region for the office: what was reported, by how many, how far reviewed. */
export async function demandTotals(deps: AppDeps, roundId: string) {
  if (!(await repo.findRound(deps.db, roundId))) throw notFound('round');
  return (await sumDemandTotals(deps.db, roundId)).map(toDemandTotal);
}

/** The round's approved demand as the evaluation contract's `demand[]` lines (ids are our uuids). */
export async function listDemandLines(db: Db, roundId: string): Promise<DemandLine[]> {
  return (await listApprovedLines(db, roundId)).map(toDemandLine);
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
