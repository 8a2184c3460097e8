import type { RoundState } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Database, Db } from '../db/database.js';
import { readRoundNow } from '../db/db-clock.js';
import { AppError, notFound } from '../http/app-error.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { recordEvaluation } from './evaluation-record.js';
import { toOfferView } from './award.mapper.js';
import {
  declineUnansweredOffers,
  findCompanyOffer,
  listCompanyOffers,
  listRoundsWithRevivalDue,
  setOfferAnswer,
} from './revival.repository.js';
import { applyDecision, decideOnRound } from './round-award.js';
import { findRoundAward, updateRoundAward } from './round-award.repository.js';
import { findVisibleRound, visibleRound } from '../rounds/visible-round.js';

type Trx = Transaction<Database>;

/** A company's own revival offers (复活), with the window's end; another company's do not exist. */
export async function listMyOffers(deps: AppDeps, actor: Actor, roundId: string) {
  await findVisibleRound(deps.db, roundId);
  const award = await findRoundAward(deps.db, roundId);
  const rows = await listCompanyOffers(deps.db, roundId, actor.organisationId);
  return rows.map((r) => toOfferView(r, award?.revival_closes_at ?? null));
}

/**
 * A company accepts or declines its own offer while the window is open on the database clock; the
 * answer is final, and the evaluation runs again with it and is published as a new record.
 */
export async function answerOffer(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  offerId: string,
  answer: 'accept' | 'decline',
) {
  return deps.db.transaction().execute(async (trx) => {
    const round = visibleRound(await lockRoundForUpdate(trx, roundId));
    const offer = await findCompanyOffer(trx, roundId, actor.organisationId, offerId);
    if (!offer) throw notFound(`revival offer ${offerId}`, `复活邀请 ${offerId}`);
    const award = await findRoundAward(trx, roundId);
    const closesAt = award?.revival_closes_at ?? null;
    if (
      round.state !== 'revival-window' ||
      closesAt === null ||
      closesAt <= (await readRoundNow(trx, roundId))
    ) {
      const message = { en: 'the revival window has closed', zh: '复活应答期已结束' };
      throw new AppError('DEADLINE_PASSED', message, [], {
        state: round.state,
        deadline: closesAt?.toISOString() ?? null,
      });
    }
    if (offer.answer !== null) {
      const message = {
        en: `this offer was already answered (${offer.answer})`,
        zh: `该复活邀请已答复（${offer.answer === 'accept' ? '接受' : '放弃'}）`,
      };
      throw new AppError('CONFLICT', message, [], {
        answer: offer.answer,
      });
    }
    const answered = await setOfferAnswer(trx, offerId, answer, actor.userId);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'revival.answered',
      subject: `revival-offer:${offerId}`,
      payload: { bidId: offer.bid_id, productCode: offer.product_code, offerUcp: offer.offer_ucp, answer },
    });
    await recordEvaluation(trx, roundId, 'revival', actor.userId, deps.signer);
    return toOfferView({ ...answered, product_code: offer.product_code }, closesAt);
  });
}

/**
 * Closes the window (the office, or the sweep once it is due): offers still unanswered count as
 * declined, the evaluation runs again and the result is ready for publication.
 */
export async function closeRevivalIn(
  trx: Trx,
  roundId: string,
  actorUserId: string | null,
  signer?: PlatformSigner,
): Promise<RoundState> {
  const decision = await decideOnRound(trx, roundId, { type: 'close-revival' });
  const declined = await declineUnansweredOffers(trx, roundId);
  await updateRoundAward(trx, roundId, { revival_closed_at: decision.now });
  await appendAudit(trx, {
    stream: `round:${roundId}`,
    actorUserId,
    action: 'revival.closed',
    subject: `round:${roundId}`,
    payload: { declinedUnanswered: declined.map((d) => d.bid_id) },
  });
  await recordEvaluation(trx, roundId, 'revival-closed', actorUserId, signer);
  return applyDecision(trx, decision, actorUserId);
}

export function closeRevival(deps: AppDeps, actor: Actor, roundId: string) {
  return deps.db.transaction().execute((trx) => closeRevivalIn(trx, roundId, actor.userId, deps.signer));
}

/**
 * The scheduler's part: closes every revival window whose end has passed on its round's clock.
 * Each round in its own transaction under the round's lock; returns how many were closed.
 */
export async function sweepRevivalWindows(db: Db, signer?: PlatformSigner): Promise<number> {
  const due = await listRoundsWithRevivalDue(db);
  let closed = 0;
  for (const { id } of due) {
    closed += await db.transaction().execute(async (trx) => {
      const round = await lockRoundForUpdate(trx, id);
      if (round?.state !== 'revival-window') return 0;
      await closeRevivalIn(trx, id, null, signer);
      return 1;
    });
  }
  return closed;
}
