import { roundStateZh } from '@jicai/domain';
import { classifyDemandOutlier } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { AppError, notFound, type FieldProblem } from '../http/app-error.js';
import { toDemandReport } from './demand.mapper.js';
import { findReportsByIds, findRoundForDemandWrite, type DemandReportRow } from './demand.repository.js';
import { findReportsForBulkReview, recordApprovals } from './demand-bulk-review.repository.js';
import type { BulkApproval } from './demand-queue.schema.js';

type Locked = Awaited<ReturnType<typeof findReportsForBulkReview>>[number];

/** What keeps one listed report out of a bulk approval, or null when it may be approved. */
function problemOf(report: Locked, index: number): FieldProblem | null {
  const path = `reports.${index}.id`;
  if (report.status === 'approved')
    return { path, message: 'already approved', messageZh: '该报量已审核通过' };
  // without last year's volume the ruleset's floor asks for no reason: someone looks at it alone
  if (report.last_year_volume === null)
    return {
      path,
      message: "a report without last year's volume has no floor: it is approved on its own, after a look",
      messageZh: '未填上年用量的报量不受报量下限约束，需逐条审核，不能批量通过',
    };
  if (classifyDemandOutlier(report.quantity, report.last_year_volume) !== null)
    return {
      path,
      message: 'an outlier against last year is approved on its own, after a look',
      messageZh: '与上年用量差异较大的报量需逐条审核，不能批量通过',
    };
  return null;
}

/**
 * A region bureau approves a list of its region's reports at once, all or none, in one transaction:
 * each must be its region's (else 404, as for one report), unchanged since the reviewer read it
 * (else 409 CONFLICT naming the changed ones), waiting for review and not an outlier (else 400
 * naming each). Every approval is its own audit entry, as if approved one by one.
 */
export async function approveReports(deps: AppDeps, actor: Actor, roundId: string, body: BulkApproval) {
  return deps.db.transaction().execute(async (trx) => {
    const ids = body.reports.map((r) => r.id);
    const duplicates = ids.flatMap((id, i) =>
      ids.indexOf(id) === i
        ? []
        : [{ path: `reports.${i}.id`, message: 'listed twice', messageZh: '重复列出' }],
    );
    if (duplicates.length) throw new AppError('VALIDATION_FAILED', 'a report is listed twice', duplicates);
    const round = await findRoundForDemandWrite(trx, roundId);
    const rows = round ? await findReportsForBulkReview(trx, roundId, ids) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (!round || body.reports.some((r) => byId.get(r.id)?.region_code !== actor.regionCode))
      throw notFound('demand report');
    if (round.state !== 'demand-open' && round.state !== 'demand-closed') {
      const message = {
        en: `reports are reviewed until demand is locked (the round is ${round.state})`,
        zh: `报量锁定后不能再审核（当前批次状态：${roundStateZh(round.state)}）`,
      };
      throw new AppError('INVALID_STATE', message, [], { state: round.state });
    }
    const changed = body.reports.filter(
      (r) => new Date(r.expectedUpdatedAt).getTime() !== (byId.get(r.id) as Locked).updated_at.getTime(),
    );
    if (changed.length) {
      const message = {
        en: 'some reports changed since you read them: reload and review again',
        zh: '部分报量在您读取后已被修改：请刷新后重新审核',
      };
      throw new AppError('CONFLICT', message, [], { changedReportIds: changed.map((r) => r.id) });
    }
    const problems = body.reports.flatMap((r, i) => problemOf(byId.get(r.id) as Locked, i) ?? []);
    if (problems.length)
      throw new AppError(
        'VALIDATION_FAILED',
        { en: 'some reports cannot be approved together', zh: '部分报量不能批量审核通过' },
        problems,
      );
    await recordApprovals(trx, ids, body.comment, actor.userId);
    for (const id of [...ids].sort()) {
      const report = byId.get(id) as Locked;
      await appendAudit(trx, {
        stream: `round:${roundId}`,
        actorUserId: actor.userId,
        action: 'demand.approved',
        subject: `demand-report:${id}`,
        payload: {
          from: report.status,
          comment: body.comment,
          hospitalId: report.hospital_id,
          productId: report.product_id,
          bulk: true,
        },
      });
    }
    const reports = (await findReportsByIds(trx, ids)).map((r) => toDemandReport(r as DemandReportRow));
    return { approved: reports.length, reports };
  });
}
