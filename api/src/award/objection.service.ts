import { addWorkingDays, formatShanghai, shanghaiDate, shanghaiInstant } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { hasRole, type Actor } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { readRoundNow, roundNowFor } from '../db/db-clock.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import { loadCalendarExceptions } from '../rounds/calendar.repository.js';
import { findProductIdByCode } from '../rounds/catalogue.repository.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { correctsSomeBid, type CorrectionValue } from './corrections.js';
import { loadLatestEvaluation, recordEvaluation } from './evaluation-record.js';
import {
  findObjection,
  findObjectionOrThrow,
  insertObjection,
  pageObjections,
  updateObjection,
} from './objection.repository.js';
import { toObjectionView } from './award.mapper.js';
import type { ObjectionType } from './award.table.js';
import type { ObjectionStatusFilter } from './award.schema.js';
import { applyDecision, decideOnRound } from './round-award.js';
import { findRoundAward, updateRoundAward } from './round-award.repository.js';
import { mapPage, type Page } from '../http/list.js';
import { findVisibleRound, visibleRound } from '../rounds/visible-round.js';
import { roundStream } from '../audit/audit-actions.js';

const stream = roundStream;

/**
 * 拟中选公示: the proposed winners are published; the objection period ends at 17:00 Shanghai on
 * the round's n-th working day after today, on the office's calendar (holidays off, 调休 on).
 */
export async function publishProposed(deps: AppDeps, actor: Actor, roundId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const decision = await decideOnRound(trx, roundId, { type: 'publish-proposed' });
    const days = decision.round.objection_working_days ?? 1;
    const endsOn = addWorkingDays(shanghaiDate(decision.now), days, await loadCalendarExceptions(trx));
    const endsAt = shanghaiInstant(endsOn, '17:00');
    await updateRoundAward(trx, roundId, { proposed_at: decision.now, objection_ends_at: endsAt });
    const latest = await loadLatestEvaluation(trx, roundId);
    await appendAudit(trx, {
      stream: stream(roundId),
      actorUserId: actor.userId,
      action: 'proposed.published',
      subject: stream(roundId),
      payload: {
        seq: latest.record.seq,
        outputSha256: latest.record.output_sha256,
        objectionEndsAt: formatShanghai(endsAt),
      },
    });
    await applyDecision(trx, decision, actor.userId);
    return { proposedAt: formatShanghai(decision.now), objectionEndsAt: formatShanghai(endsAt) };
  });
}

async function productIdOf(db: Db, roundId: string, code: string) {
  const product = await findProductIdByCode(db, roundId, code);
  if (!product) throw invalid('productCode', `no product ${code} in this round`, `本轮次没有产品 ${code}`);
  return product.id;
}

export interface ObjectionInput {
  readonly type: ObjectionType;
  readonly productCode: string;
  readonly statement: string;
}

/** A company files a typed objection (异议) while the objection period runs on the round's clock. */
export async function fileObjection(deps: AppDeps, actor: Actor, roundId: string, input: ObjectionInput) {
  return deps.db.transaction().execute(async (trx) => {
    const round = visibleRound(await lockRoundForUpdate(trx, roundId));
    const endsAt = (await findRoundAward(trx, roundId))?.objection_ends_at ?? null;
    if (
      round.state !== 'objection-period' ||
      endsAt === null ||
      endsAt <= (await readRoundNow(trx, roundId))
    ) {
      const message = {
        en: 'objections are filed during the objection period (异议期)',
        zh: '异议须在拟中选结果公示的异议期内提出',
      };
      throw new AppError('DEADLINE_PASSED', message, [], {
        state: round.state,
        deadline: endsAt?.toISOString() ?? null,
      });
    }
    const productId = await productIdOf(trx, roundId, input.productCode);
    const id = await insertObjection(trx, {
      round_id: roundId,
      company_id: actor.organisationId,
      filed_at: roundNowFor(roundId),
      filed_by: actor.userId,
      type: input.type,
      product_id: productId,
      statement: input.statement,
    });
    await appendAudit(trx, {
      stream: stream(roundId),
      actorUserId: actor.userId,
      action: 'objection.filed',
      subject: `objection:${id}`,
      payload: { companyId: actor.organisationId, ...input },
    });
    return toObjectionView(await findObjectionOrThrow(trx, roundId, id));
  });
}

/** The office and auditors read every objection; a company its own. */
/** Objections in the order filed, paged by that order. */
export async function listObjections(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  { status, ...page }: Page & { readonly status?: ObjectionStatusFilter | undefined },
) {
  await findVisibleRound(deps.db, roundId);
  const own = actor.organisationId; // read before hasRole, a type guard, narrows actor to never
  const companyId = hasRole(actor, 'office-admin', 'office-official', 'auditor') ? undefined : own;
  return mapPage(await pageObjections(deps.db, roundId, { companyId, status }, page), toObjectionView);
}

export type ObjectionAnswer =
  | { readonly decision: 'upheld'; readonly answer: string; readonly correction: CorrectionValue }
  | { readonly decision: 'rejected'; readonly answer: string };

/**
 * The office answers. Upheld: the correction joins the input, the evaluation runs again and is
 * republished as a new record, and the round records 'correct-result'. Rejected: the answer only.
 */
export async function answerObjection(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  objectionId: string,
  body: ObjectionAnswer,
) {
  return deps.db.transaction().execute(async (trx) => {
    const upheld = body.decision === 'upheld';
    const decision = await decideOnRound(trx, roundId, { type: 'correct-result' });
    const objection = await findObjection(trx, roundId, objectionId);
    if (!objection) throw notFound(`objection ${objectionId}`, `异议 ${objectionId}`);
    if (objection.status !== 'open')
      throw new AppError('CONFLICT', {
        en: `this objection was already answered (${objection.status})`,
        zh: `该异议已答复（${objection.status === 'upheld' ? '成立' : objection.status === 'rejected' ? '不成立' : objection.status}）`,
      });
    if (upheld) {
      const latest = await loadLatestEvaluation(trx, roundId);
      const bids = latest.input.bids.map((b) => ({
        productId: b.productId,
        companyId: b.companyId,
        company: b.company,
      }));
      if (!correctsSomeBid(bids, body.correction))
        throw invalid(
          'correction',
          'names no bid of the published input (bidCompanyId × productCode)',
          '未指向已公布评审输入中的任何报价（bidCompanyId × productCode）',
        );
    }
    await updateObjection(trx, objectionId, {
      status: body.decision,
      answer: body.answer,
      correction: upheld ? JSON.stringify(body.correction) : null,
      answered_by: actor.userId,
      answered_at: roundNowFor(roundId),
    });
    await appendAudit(trx, {
      stream: stream(roundId),
      actorUserId: actor.userId,
      action: `objection.${body.decision}`,
      subject: `objection:${objectionId}`,
      payload: body,
    });
    if (upheld) {
      await recordEvaluation(trx, roundId, 'objection', actor.userId, deps.signer);
      await applyDecision(trx, decision, actor.userId);
    }
    return toObjectionView(await findObjectionOrThrow(trx, roundId, objectionId));
  });
}

/** 中选: fixed once the objection period has ended on the database clock and every objection is answered. */
export async function fixAward(deps: AppDeps, actor: Actor, roundId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const decision = await decideOnRound(trx, roundId, { type: 'fix-award' });
    await updateRoundAward(trx, roundId, { awarded_at: decision.now });
    const state = await applyDecision(trx, decision, actor.userId);
    return { state, awardedAt: formatShanghai(decision.now) };
  });
}
