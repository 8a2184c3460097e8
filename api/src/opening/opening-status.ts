import type { Ruleset } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { notFound } from '../http/app-error.js';
import { findOpeningRound, listOpeningShares } from './bid-opening.repository.js';
import type { OpeningPhase } from './bid-opening.table.js';
import { findRoundKey } from './key-ceremony.repository.js';

export interface OpeningStatus {
  readonly roundId: string;
  readonly phase: OpeningPhase;
  readonly status: 'waiting' | 'opened';
  readonly held: number;
  readonly k: number;
  readonly needed: number;
  /** whether the caller has handed in a share for this phase (false for anyone not a custodian) */
  readonly handedIn: boolean;
}

/**
 * How many of the k shares are in, once bidding has closed. Before the deadline nothing about the
 * opening exists to anyone (404: no count, no phase), nor for a round without a key ceremony.
 * Counts only: which official handed in what stays in the audit trail.
 */
export async function openingStatus(deps: AppDeps, actor: Actor, roundId: string): Promise<OpeningStatus> {
  const round = await findOpeningRound(deps.db, roundId);
  const key = round ? await findRoundKey(deps.db, roundId) : undefined;
  const missing = () => notFound('opening of this round');
  if (!round || !key) throw missing();
  if (key.opened_at) {
    return { roundId, phase: 'price', status: 'opened', held: key.k, k: key.k, needed: 0, handedIn: false };
  }
  let phase: OpeningPhase;
  if (round.state === 'technical-opened') phase = 'price';
  else if (round.state === 'bidding-closed')
    phase = (round.ruleset_frozen as Ruleset | null)?.dualEnvelope === true ? 'technical' : 'price';
  else throw missing();
  const shares = await listOpeningShares(deps.db, roundId, phase);
  return {
    roundId,
    phase,
    status: 'waiting',
    held: shares.length,
    k: key.k,
    needed: Math.max(0, key.k - shares.length),
    handedIn: shares.some((s) => s.user_id === actor.userId),
  };
}
