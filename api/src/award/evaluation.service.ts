import { areRegionSettingsFixed, revivalOffersOf } from '@jicai/domain';
import type { Kysely, Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../http/app-error.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { findRoundStateForUpdate } from '../rounds/rounds.repository.js';
import { recordEvaluation, signPendingRecords } from './evaluation-record.js';
import { findRecordOrLatest, listRecords } from './evaluation-record.repository.js';
import { toRecordView } from './award.mapper.js';
import { insertRevivalOffers } from './revival.repository.js';
import { applyDecision, decideOnRound } from './round-award.js';
import { ensureRoundAward, updateRoundAward } from './round-award.repository.js';

const HOUR = 3_600_000;

/**
 * Runs once the bids of a round have been decrypted into `opened_bid` (by the bids feature, when
 * the k-th official's share arrived), inside its transaction: builds the evaluation input, evaluates
 * the published bytes, stores the record, makes the revival offers and moves the round on ('open':
 * to the revival window when offers went out, else to evaluated). Pass the platform signer to sign
 * the record at once; otherwise it is signed the first time a route reads it.
 */
export async function runOpeningEvaluation(
  trx: Transaction<Database>,
  roundId: string,
  actorUserId: string | null,
  signer?: PlatformSigner,
): Promise<void> {
  // refused before any work when the round cannot be opened
  await decideOnRound(trx, roundId, { type: 'open', revivalOffers: 0 });
  const award = await ensureRoundAward(trx, roundId);
  const evaluation = await recordEvaluation(trx, roundId, 'opening', actorUserId, signer);
  const offers = revivalOffersOf(evaluation.result, evaluation.ruleset);
  await insertRevivalOffers(
    trx,
    offers.map((o) => ({
      round_id: roundId,
      product_id: evaluation.productIdByCode.get(o.productCode) as string,
      group_key: o.group,
      company_id: o.companyId,
      bid_id: o.bidId,
      offer_ucp: o.offerUcp,
    })),
  );
  const decision = await decideOnRound(trx, roundId, { type: 'open', revivalOffers: offers.length });
  const closesAt =
    offers.length > 0 ? new Date(decision.now.getTime() + award.revival_window_hours * HOUR) : null;
  await updateRoundAward(trx, roundId, { opened_at: decision.now, revival_closes_at: closesAt });
  if (offers.length > 0) {
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId,
      action: 'revival.offered',
      subject: `round:${roundId}`,
      payload: { offers, closesAt: closesAt?.toISOString() ?? null },
    });
  }
  await applyDecision(trx, decision, actorUserId);
}

async function signedRecords(deps: AppDeps, roundId: string) {
  await signPendingRecords(deps.db, deps.signer, roundId);
  return listRecords(deps.db, roundId);
}

/** The latest record's metadata: public once the bids are opened. */
export async function latestEvaluation(deps: AppDeps, roundId: string) {
  const records = await signedRecords(deps, roundId);
  const latest = records.at(-1);
  if (!latest) throw notFound('evaluation of this round (the bids are not opened yet)');
  return toRecordView(latest, deps.signer);
}

export async function evaluationRecords(deps: AppDeps, roundId: string) {
  const records = await signedRecords(deps, roundId);
  if (records.length === 0) throw notFound('evaluation of this round (the bids are not opened yet)');
  return records.map((r) => toRecordView(r, deps.signer));
}

/** The exact stored bytes of a record's input or output (the latest unless `seq` names one). */
export async function evaluationDocument(
  db: Kysely<Database>,
  roundId: string,
  which: 'input' | 'output',
  seq: number | undefined,
): Promise<string> {
  const record = await findRecordOrLatest(db, roundId, seq);
  if (!record)
    throw seq === undefined
      ? notFound('evaluation of this round')
      : notFound(`evaluation record ${seq}`, `第 ${seq} 号评审记录`);
  return which === 'input' ? record.input_json : record.output_json;
}

export interface AwardSettings {
  readonly revivalWindowHours: number;
  readonly regionTurnMinutes: number;
}

/** The office sets the revival window and the region-selection turn before they start. */
export async function putAwardSettings(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  settings: AwardSettings,
) {
  return deps.db.transaction().execute(async (trx) => {
    const round = await findRoundStateForUpdate(trx, roundId);
    if (!round) throw notFound('round');
    const award = await ensureRoundAward(trx, roundId);
    if (award.opened_at !== null || areRegionSettingsFixed(round.state)) {
      const message = {
        en: 'award settings are fixed once the bids are opened',
        zh: '开标后不能再修改中选设置',
      };
      throw new AppError('INVALID_STATE', message, [], {
        state: round.state,
      });
    }
    await updateRoundAward(trx, roundId, {
      revival_window_hours: settings.revivalWindowHours,
      region_turn_minutes: settings.regionTurnMinutes,
    });
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'award-settings.set',
      subject: `round:${roundId}`,
      payload: settings,
    });
    return settings;
  });
}
