import {
  decideRound,
  type AwardSnapshot,
  type RoundCommand,
  type RoundEvent,
  type RoundState,
} from '@jicai/domain';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { readRoundNow } from '../db/db-clock.js';
import { AppError } from '../http/app-error.js';
import { applyRoundEvents, loadRoundSnapshot } from '../rounds/round-events.service.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import type { RoundTable } from '../rounds/rounds.table.js';
import { visibleRound } from '../rounds/visible-round.js';
import { countAwardBlockers, findRoundAward } from './round-award.repository.js';

type Trx = Transaction<Database>;
type Q = Kysely<Database>;

/** What the state machine needs to decide past the deadline (revival, objections, award). */
export async function loadAwardSnapshot(trx: Q, round: Selectable<RoundTable>): Promise<AwardSnapshot> {
  const award = await findRoundAward(trx, round.id);
  const counts = await countAwardBlockers(trx, round.id);
  return {
    dualEnvelope: round.ruleset_frozen?.dualEnvelope ?? false,
    pendingRevivalOffers: counts.pending_offers ?? 0,
    revivalClosesAt: award?.revival_closes_at ?? null,
    objectionEndsAt: award?.objection_ends_at ?? null,
    openObjections: counts.open_objections ?? 0,
  };
}

export interface AwardDecision {
  readonly round: Selectable<RoundTable>;
  readonly events: readonly RoundEvent[];
  readonly now: Date;
}

/**
 * Locks the round and asks the domain on the round's clock; a refusal is INVALID_STATE with the
 * domain's refusal code, and changes nothing. The caller does its work, then `applyDecision`.
 */
export async function decideOnRound(
  trx: Trx,
  roundId: string,
  command: RoundCommand,
): Promise<AwardDecision> {
  const round = visibleRound(await lockRoundForUpdate(trx, roundId));
  const snapshot = {
    ...(await loadRoundSnapshot(trx, roundId, 0)),
    award: await loadAwardSnapshot(trx, round),
  };
  const now = await readRoundNow(trx, roundId);
  const decision = decideRound(snapshot, command, now);
  if (!decision.ok) {
    throw new AppError('INVALID_STATE', { en: decision.message, zh: decision.messageZh }, [], {
      refusal: decision.code,
      state: round.state,
    });
  }
  return { round, events: decision.events, now };
}

export function applyDecision(
  trx: Trx,
  decision: AwardDecision,
  actorUserId: string | null,
): Promise<RoundState> {
  return applyRoundEvents(trx, decision.round.id, decision.events, actorUserId);
}
