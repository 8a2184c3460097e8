import { decideRound } from '@jicai/domain';
import type { Db } from '../db/database.js';
import { readRoundNow } from '../db/db-clock.js';
import { sweepRegionTurns } from '../award/region-selection.service.js';
import { sweepRevivalWindows } from '../award/revival.service.js';
import { findOngoingOutage } from '../outages/outages.repository.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { applyRoundEvents, loadRoundSnapshot } from '../rounds/round-events.service.js';
import { listRoundsWithTimedStepDue, lockRoundForUpdate } from '../rounds/rounds.repository.js';

/**
 * Timed round transitions (demand window opens/closes, bidding opens/closes) judged on each round's
 * clock. Each due round is advanced in its own transaction under a row lock, so two API processes
 * sweeping at once never apply a transition twice; `skip locked` lets them share the work.
 */
export async function sweepDueRounds(db: Db): Promise<number> {
  // while the platform is down for users no deadline may pass: recording the outage's end extends them
  if (await findOngoingOutage(db)) return 0;
  const due = await listRoundsWithTimedStepDue(db);
  let applied = 0;
  for (const { id } of due) {
    applied += await db.transaction().execute(async (trx) => {
      if (!(await lockRoundForUpdate(trx, id))) return 0;
      const snapshot = await loadRoundSnapshot(trx, id, 0);
      const decision = decideRound(snapshot, { type: 'tick' }, await readRoundNow(trx, id));
      if (!decision.ok || decision.events.length === 0) return 0;
      await applyRoundEvents(trx, id, decision.events, null);
      return decision.events.length;
    });
  }
  return applied;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/** Sweeps every `intervalMs`; a failed sweep is logged and retried on the next beat. */
/** One beat: calendar transitions, then revival windows that ran out, then region turns that timed out. */
export async function sweepAll(db: Db, signer?: PlatformSigner): Promise<number> {
  if (await findOngoingOutage(db)) return 0;
  return (await sweepDueRounds(db)) + (await sweepRevivalWindows(db, signer)) + (await sweepRegionTurns(db));
}

export function startScheduler(
  db: Db,
  intervalMs: number,
  log: (line: string) => void = () => {},
  signer?: PlatformSigner,
): Scheduler {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const beat = () => {
    if (stopped) return;
    running = sweepAll(db, signer)
      .then((n) => n > 0 && log(`scheduler: ${n} round transition(s) applied`))
      .catch((error: unknown) => log(`scheduler: sweep failed: ${(error as Error).message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(beat, intervalMs);
      });
  };
  let timer = setTimeout(beat, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
