import { evolveRound, type RoundEvent, type RoundSnapshot, type RoundState } from '@jicai/domain';
import type { Kysely, Transaction } from 'kysely';
import { ROUND_EVENT_ACTION, roundStream } from '../audit/audit-actions.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/app-error.js';
import { toRoundSnapshot } from './rounds.mapper.js';
import { findRoundSnapshotRow, lockRoundForUpdate, setRoundState } from './rounds.repository.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** What the domain's decideRound needs; the demand feature passes its count of reports awaiting review. */
export async function loadRoundSnapshot(
  trx: Q,
  id: string,
  pendingDemandReports: number,
): Promise<RoundSnapshot> {
  const row = await findRoundSnapshotRow(trx, id);
  if (!row) throw notFound('round');
  return toRoundSnapshot(row, pendingDemandReports);
}

/**
 * Applies the decided events to the (locked) round: each is evolved and audited in order, then the
 * final state is written once. Returns the new state. `actorUserId` is null for the scheduler.
 */
export async function applyRoundEvents(
  trx: Trx,
  roundId: string,
  events: readonly RoundEvent[],
  actorUserId: string | null,
): Promise<RoundState> {
  const row = await lockRoundForUpdate(trx, roundId);
  if (!row) throw notFound('round');
  let state = row.state;
  for (const event of events) {
    const from = state;
    state = evolveRound(state, event);
    const stream = roundStream(roundId);
    await appendAudit(trx, {
      stream,
      actorUserId,
      action: ROUND_EVENT_ACTION[event.type],
      subject: stream,
      payload: { event, from, to: state },
    });
  }
  if (state !== row.state) await setRoundState(trx, roundId, state);
  return state;
}
