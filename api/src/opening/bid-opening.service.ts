import { roundStateZh } from '@jicai/domain';
import { decideRound, type Ruleset } from '@jicai/domain';
import type { Selectable, Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { readRoundNow } from '../db/db-clock.js';
import { AppError, forbidden, invalid, notFound } from '../http/app-error.js';
import { runOpeningEvaluation } from '../award/evaluation.service.js';
import { applyRoundEvents, loadRoundSnapshot } from '../rounds/round-events.service.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { combineRoundKey } from '../sealing/key-shares.js';
import { openPriceBid, openTechnicalBid } from './bid-decrypt.js';
import * as repo from './bid-opening.repository.js';
import type { OpeningPhase } from './bid-opening.table.js';
import type { RoundKeyTable } from './key-ceremony.table.js';
import { findRoundKey } from './key-ceremony.repository.js';
import { sha256Hex } from './key-ceremony.service.js';
import { openAtRest, sealAtRest } from '../bids/platform-vault.js';
import { releaseTechnicalFiles } from '../technical-files/technical-files-release.js';

type Trx = Transaction<Database>;
const heldAad = (roundId: string, phase: OpeningPhase, userId: string) =>
  `opening-share|round:${roundId}|phase:${phase}|user:${userId}`;

/** A share that is not the one issued to this official: 422, and nothing is stored. */
class ShareRejected extends AppError {
  override readonly status = 422;
  constructor() {
    super(
      'VALIDATION_FAILED',
      {
        en: 'share: not the key share issued to you for this round',
        zh: 'share：不是本轮次发给您的密钥分片',
      },
      [
        {
          path: 'share',
          message: 'not the key share issued to you for this round',
          messageZh: '不是本轮次发给您的密钥分片',
        },
      ],
    );
  }
}

export interface OpeningProgress {
  readonly phase: OpeningPhase;
  readonly status: 'waiting' | 'opened';
  readonly held: number;
  readonly k: number;
  readonly needed: number;
  readonly opened: number;
  readonly tampered: readonly { bidId: string; commitment: string | null; problem: string }[];
}

/**
 * An official hands in its share after bidding closed. Shares are checked against the ceremony's
 * hashes and held sealed until k distinct ones are in; then the round key is recombined in memory,
 * every live bid is opened (and checked against its commitment), the held shares are deleted and
 * the key is wiped: it is never stored. A dual-envelope round takes two share sessions: the first
 * opens only the technical envelopes; after the office has recorded every technical review, the
 * second opens the prices, so no price is readable while the technical review is being decided.
 */
export async function submitOpeningShare(deps: AppDeps, actor: Actor, roundId: string, share: string) {
  return deps.db.transaction().execute(async (trx): Promise<OpeningProgress> => {
    const round = await lockRoundForUpdate(trx, roundId);
    if (!round || !round.published_at) throw notFound('round');
    const key = await findRoundKey(trx, roundId);
    if (!key) throw notFound('key ceremony of this round');
    const official = await repo.findOfficial(trx, roundId, actor.userId);
    if (!official)
      throw forbidden({ en: 'you hold no key share of this round', zh: '您未持有本轮次的密钥分片' });
    const dual = (round.ruleset_frozen as Ruleset | null)?.dualEnvelope === true;
    const phase = openingPhase(round.state, dual, key);
    if (phase === 'price' && dual && (await repo.countUnreviewed(trx, roundId)) > 0)
      throw new AppError('INVALID_STATE', {
        en: 'record the technical review of every opened technical envelope first',
        zh: '请先录入每一份已开启技术标的技术审核结果',
      });
    if (sha256Hex(share) !== official.share_hash) throw new ShareRejected();
    const sealed = sealAtRest(deps.signer, share, heldAad(roundId, phase, actor.userId));
    if (!(await repo.insertOpeningShare(trx, { roundId, userId: actor.userId, phase, sealed })))
      throw new AppError('CONFLICT', {
        en: `you already handed in your share for the ${phase} opening`,
        zh: `您已提交本次开标（${phase === 'technical' ? '技术标' : '价格标'}）的密钥分片`,
      });
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'opening.share-received',
      subject: `round:${roundId}`,
      payload: { phase, shareIndex: official.share_index },
    });
    const held = await repo.listOpeningShares(trx, roundId, phase);
    const progress = { phase, held: held.length, k: key.k, needed: Math.max(0, key.k - held.length) };
    if (held.length < key.k) return { ...progress, status: 'waiting', opened: 0, tampered: [] };

    const shares = held.map((h) =>
      openAtRest(deps.signer, h.share_sealed, heldAad(roundId, phase, h.user_id)),
    );
    const privateKey = await combineRoundKey(shares, key.public_key);
    if (!privateKey)
      throw new AppError('CONFLICT', {
        en: 'the held shares did not recombine into the round key',
        zh: '已收到的密钥分片未能恢复出本轮次的密钥',
      });
    let rows: repo.OpenedBidValues[];
    try {
      rows = await openAll(trx, roundId, phase, dual, privateKey);
      // the technical files are sealed to the same key: released with the technical envelopes
      if (phase === 'technical') await releaseTechnicalFiles(deps, trx, roundId, privateKey, actor.userId);
    } finally {
      privateKey.fill(0);
    }
    await repo.saveOpenedBids(trx, rows);
    await repo.deleteOpeningShares(trx, roundId, phase);
    await repo.markPhaseOpened(trx, roundId, phase);
    const tampered = rows
      .filter((r) => r.status === 'tampered')
      .map((r) => ({ bidId: r.bidId, commitment: r.commitment, problem: r.problem ?? '' }));
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: phase === 'technical' ? 'bids.technical-opened' : 'bids.opened',
      subject: `round:${roundId}`,
      payload: { opened: rows.length - tampered.length, tampered },
    });
    if (phase === 'technical') await openTechnicalState(trx, roundId, actor.userId);
    else await runOpeningEvaluation(trx, roundId, actor.userId, deps.signer);
    return { ...progress, status: 'opened', opened: rows.length - tampered.length, tampered };
  });
}

function openingPhase(state: string, dual: boolean, key: Selectable<RoundKeyTable>): OpeningPhase {
  if (key.opened_at)
    throw new AppError('CONFLICT', {
      en: 'the bids of this round have already been opened',
      zh: '本轮次的报价已开标',
    });
  if (state === 'bidding-closed') return dual ? 'technical' : 'price';
  if (state === 'technical-opened' && dual) return 'price';
  throw new AppError(
    'INVALID_STATE',
    {
      en: `key shares are taken once bidding has closed (the round is ${state})`,
      zh: `投标截止后才接收密钥分片（当前批次状态：${roundStateZh(state)}）`,
    },
    [],
    {
      state,
    },
  );
}

async function openAll(trx: Trx, roundId: string, phase: OpeningPhase, dual: boolean, privateKey: Buffer) {
  const bids = await repo.listSealedBids(trx, roundId);
  if (phase === 'technical') return bids.map((bid) => openTechnicalBid(privateKey, roundId, bid));
  const specIds = await repo.mapSpecIds(trx, roundId);
  const technical = dual ? await repo.mapOpenedTechnical(trx, roundId) : null;
  return bids.map((bid) =>
    openPriceBid(privateKey, roundId, bid, specIds, technical ? (technical.get(bid.id) ?? null) : undefined),
  );
}

/** bidding-closed → technical-opened, through the round's decider. */
async function openTechnicalState(trx: Trx, roundId: string, actorUserId: string) {
  const snapshot = await loadRoundSnapshot(trx, roundId, 0);
  const award = {
    dualEnvelope: true,
    pendingRevivalOffers: 0,
    revivalClosesAt: null,
    objectionEndsAt: null,
    openObjections: 0,
  };
  const decision = decideRound(
    { ...snapshot, award },
    { type: 'open-technical' },
    await readRoundNow(trx, roundId),
  );
  if (!decision.ok) throw new AppError('INVALID_STATE', { en: decision.message, zh: decision.messageZh });
  await applyRoundEvents(trx, roundId, decision.events, actorUserId);
}

/** The office records technical pass/fail for opened technical envelopes (dual-envelope rounds). */
export async function recordTechnicalReview(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  reviews: readonly { openedBidId: string; pass: boolean }[],
) {
  return deps.db.transaction().execute(async (trx) => {
    const round = await lockRoundForUpdate(trx, roundId);
    if (!round || !round.published_at) throw notFound('round');
    if (round.state !== 'technical-opened')
      throw new AppError('INVALID_STATE', {
        en: `technical reviews are recorded after the technical opening (the round is ${round.state})`,
        zh: `技术标开启后才能录入技术审核结果（当前批次状态：${roundStateZh(round.state)}）`,
      });
    for (const [i, review] of reviews.entries()) {
      if (!(await repo.setTechnicalPass(trx, roundId, review.openedBidId, review.pass)))
        throw invalid(
          `reviews[${i}].openedBidId`,
          'not an opened technical envelope of this round',
          '不是本轮次已开启的技术标',
        );
    }
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'bids.technical-reviewed',
      subject: `round:${roundId}`,
      payload: { reviews },
    });
    return { reviewed: reviews.length, pending: await repo.countUnreviewed(trx, roundId) };
  });
}

/** The opened technical envelopes, for the office and auditors, once the technical phase opened them. */
export async function listTechnical(deps: AppDeps, roundId: string) {
  const key = await findRoundKey(deps.db, roundId);
  if (!key?.technical_opened_at) throw notFound('opened technical envelopes of this round');
  const rows = await repo.listTechnicalEnvelopes(deps.db, roundId);
  return rows.map((r) => ({
    openedBidId: r.id,
    companyId: r.company_id,
    productCode: r.product_code,
    technical: r.technical,
    technicalPass: r.technical_pass,
    status: r.status,
  }));
}
