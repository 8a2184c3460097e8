import { hasReachedState } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import { hasRole, type Actor } from '../auth/roles.js';
import { AppError, notFound } from '../http/app-error.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { findVisibleRound, visibleRound } from '../rounds/visible-round.js';
import { toJobView } from './agreements.mapper.js';
import {
  countIssued,
  findJob,
  findScopedAgreement,
  insertJob,
  lockJob,
  rerunJob,
  type AgreementScope,
} from './agreements.repository.js';

const OFFICE_ROLES = ['office-admin', 'office-official', 'auditor'] as const;

/** A hospital sees its own agreements, a company its own; the office and auditors all. */
function scopeOf(actor: Actor): AgreementScope {
  const own = actor.organisationId; // read before hasRole, a type guard, narrows actor to never
  if (hasRole(actor, ...OFFICE_ROLES)) return {};
  return hasRole(actor, 'hospital-user') ? { hospitalId: own } : { companyId: own };
}

const notAgreed = (state: string) =>
  new AppError(
    'INVALID_STATE',
    {
      en: 'agreements are made from agreed volumes: this round has none yet',
      zh: '购销协议依据约定采购量生成：本轮次尚未确定约定采购量',
    },
    [],
    { roundState: state },
  );

/**
 * Starts generating the round's agreements (office): idempotent — a running job is answered as it
 * is, a finished one without failures too; a finished one with failures runs again for those. The
 * platform's primary process does the work in batches (agreement-job.ts), so the answer is at once.
 */
export async function startGeneration(deps: AppDeps, actor: Actor, roundId: string) {
  const started = await deps.db.transaction().execute(async (trx) => {
    const round = visibleRound(await lockRoundForUpdate(trx, roundId), { seesDrafts: true });
    if (!hasReachedState(round.state, 'volumes-agreed')) throw notAgreed(round.state);
    const job = await lockJob(trx, roundId);
    if (job?.state === 'running') return false;
    if (job) {
      const { failed } = await countIssued(trx, roundId);
      if (failed === 0) return false;
      await rerunJob(trx, roundId, actor.userId);
    } else {
      await insertJob(trx, roundId, actor.userId);
    }
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'agreements.generation-started',
      subject: `round:${roundId}`,
      payload: { rerun: job !== undefined },
    });
    return true;
  });
  return { started, ...(await generationProgress(deps, actor, roundId)) };
}

/** The job's state and counts; 404 before it was started. */
export async function generationProgress(deps: AppDeps, _actor: Actor, roundId: string) {
  await findVisibleRound(deps.db, roundId, { seesDrafts: true });
  const job = await findJob(deps.db, roundId);
  if (!job) throw notFound('agreement generation of this round', '本轮次的购销协议生成任务');
  return toJobView(job, await countIssued(deps.db, roundId));
}

/** An agreement's PDF for either party and the office: another's agreement, or one not yet issued, is 404. */
export async function agreementPdf(deps: AppDeps, actor: Actor, roundId: string, agreementId: string) {
  await findVisibleRound(deps.db, roundId, { seesDrafts: hasRole(actor, ...OFFICE_ROLES) });
  const row = await findScopedAgreement(deps.db, roundId, agreementId, scopeOf(actor));
  const bytes = row?.pdf_key ? await deps.documents.get(row.pdf_key) : null;
  if (!row || !bytes) throw notFound('agreement', '该购销协议');
  return { bytes, filename: `agreement-${row.id}.pdf` };
}
