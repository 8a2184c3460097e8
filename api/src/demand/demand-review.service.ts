import { roundStateZh } from '@jicai/domain';
import { decideRound, evolveRound, type RoundEvent } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { readRoundNow } from '../db/db-clock.js';
import { AppError, notFound } from '../http/app-error.js';
import { applyRoundEvents, loadRoundSnapshot } from '../rounds/round-events.service.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { toDemandReport } from './demand.mapper.js';
import * as repo from './demand.repository.js';
import { countPendingReports, findReportForReview, recordReview } from './demand-review.repository.js';

export interface ReviewDecision {
  readonly verdict: 'approved' | 'returned';
  readonly comment: string | null;
  /** the updatedAt the reviewer read; a report changed since answers CONFLICT */
  readonly expectedUpdatedAt?: string | undefined;
}

/** From which statuses each verdict may be given: a reviewer may change its mind until demand is locked. */
const REVIEWABLE_FROM = { approved: ['submitted', 'returned'], returned: ['submitted', 'approved'] } as const;

/**
 * A region bureau approves or returns a report of a hospital in its own region (any other answers
 * 404), while the round's demand is open or closed but not yet locked. The round is share-locked, so
 * the office's lock waits for a review in flight, and the report row-locked against a resubmission.
 */
export async function reviewReport(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  reportId: string,
  decision: ReviewDecision,
) {
  return deps.db.transaction().execute(async (trx) => {
    const round = await repo.findRoundForDemandWrite(trx, roundId);
    const report = round ? await findReportForReview(trx, roundId, reportId) : undefined;
    if (!round || !report || report.region_code !== actor.regionCode) throw notFound('demand report');
    if (round.state !== 'demand-open' && round.state !== 'demand-closed') {
      throw new AppError(
        'INVALID_STATE',
        {
          en: `reports are reviewed until demand is locked (the round is ${round.state})`,
          zh: `报量锁定后不能再审核（当前批次状态：${roundStateZh(round.state)}）`,
        },
        [],
        { state: round.state },
      );
    }
    if (
      decision.expectedUpdatedAt !== undefined &&
      new Date(decision.expectedUpdatedAt).getTime() !== report.updated_at.getTime()
    ) {
      const message = {
        en: 'the report changed since you read it: reload and review again',
        zh: '该报量在您读取后已被修改：请刷新后重新审核',
      };
      throw new AppError('CONFLICT', message, [], {
        updatedAt: report.updated_at.toISOString(),
      });
    }
    if (!(REVIEWABLE_FROM[decision.verdict] as readonly string[]).includes(report.status)) {
      const message = {
        en: `the report is already ${report.status}`,
        zh: `该报量已处于 ${report.status} 状态`,
      };
      throw new AppError('INVALID_STATE', message, [], {
        reportStatus: report.status,
      });
    }
    await recordReview(trx, report.id, decision.verdict, decision.comment, actor.userId);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: `demand.${decision.verdict}`,
      subject: `demand-report:${report.id}`,
      payload: {
        from: report.status,
        comment: decision.comment,
        hospitalId: report.hospital_id,
        productId: report.product_id,
      },
    });
    const [row] = await repo.findReportsByIds(trx, [report.id]);
    return toDemandReport(row as repo.DemandReportRow);
  });
}

/**
 * The office locks demand: the domain decides (the window must be closed on the database clock, no
 * report may still wait for its region). A close that is due but not yet ticked by the scheduler is
 * applied first, so locking right after the deadline does not depend on the scheduler's beat.
 */
export async function lockDemand(deps: AppDeps, actor: Actor, roundId: string) {
  return deps.db.transaction().execute(async (trx) => {
    if (!(await lockRoundForUpdate(trx, roundId))) throw notFound('round');
    const pending = await countPendingReports(trx, roundId);
    const snapshot = await loadRoundSnapshot(trx, roundId, pending);
    const now = await readRoundNow(trx, roundId);
    const tick = decideRound(snapshot, { type: 'tick' }, now);
    const due: readonly RoundEvent[] = tick.ok ? tick.events : [];
    const state = due.reduce(evolveRound, snapshot.state);
    const decision = decideRound({ ...snapshot, state }, { type: 'lock-demand' }, now);
    if (!decision.ok) {
      throw new AppError('INVALID_STATE', { en: decision.message, zh: decision.messageZh }, [], {
        refusal: decision.code,
        state,
        pendingDemandReports: pending,
      });
    }
    const events = [...due, ...decision.events];
    const finalState = await applyRoundEvents(trx, roundId, events, actor.userId);
    return { roundId, state: finalState, events: events.map((e) => e.type) };
  });
}
