import { formatShanghai } from '@jicai/domain';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { clearRoundClock, readRoundClock, setRoundClock } from '../db/db-clock.js';
import { AppError, notFound } from '../http/app-error.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { findVisibleRound } from '../rounds/rounds.service.js';

async function roundClockView(db: Kysely<Database>, roundId: string) {
  const row = await readRoundClock(db, roundId);
  return {
    roundId,
    now: row.now.toISOString(),
    nowShanghai: formatShanghai(row.now),
    rehearsal:
      row.speed === null || row.anchor_virtual === null
        ? null
        : { speed: row.speed, anchorVirtual: row.anchor_virtual.toISOString() },
  };
}

/** The round's time as anyone who may see the round reads it. */
export async function getRoundClock(deps: AppDeps, actor: Actor, roundId: string) {
  await findVisibleRound(deps.db, actor, roundId);
  return roundClockView(deps.db, roundId);
}

/**
 * Runs (or stops, with `at` null) a rehearsal clock on one round: only that round's deadlines move;
 * sessions, tokens and other rounds stay on the platform time. The round gate is taken exclusively
 * first, so bids in flight finish on the clock they started on.
 */
export async function changeRoundClock(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  change: { readonly now: string; readonly speed: number } | null,
) {
  if (change && deps.config.NODE_ENV === 'production')
    throw new AppError('FORBIDDEN', {
      en: 'the rehearsal clock is off in production',
      zh: '生产环境中不能使用演练时钟',
    });
  await deps.db.transaction().execute(async (trx) => {
    if (!(await lockRoundForUpdate(trx, roundId))) throw notFound('round');
    if (change) await setRoundClock(trx, roundId, new Date(change.now), change.speed);
    else await clearRoundClock(trx, roundId);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: change ? 'round.clock-set' : 'round.clock-cleared',
      subject: `round:${roundId}`,
      payload: change ?? {},
    });
  });
  return roundClockView(deps.db, roundId);
}
