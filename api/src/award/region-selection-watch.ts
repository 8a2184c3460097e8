import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { CHANNELS } from '../node-bus/channels.js';
import { countChangeWatchers, watchChanges } from '../node-bus/change-watch.js';
import type { NodeBus } from '../node-bus/node-bus.js';
import { readRegionSelectionVersion } from './region-selection.repository.js';

/**
 * How a process learns of a change in a watched round. Picks are written by whichever node or
 * worker took them and default picks by the leader's scheduler, so every process learns of changes
 * from PostgreSQL: with a node bus, from the database's own notification (region_pick, round_award,
 * round and round_clock triggers) within milliseconds, and a slow read in case one went astray;
 * without one (an app built by a test), by reading the version every second (one read per watched
 * round per process, 0.07 ms execution: a turn lasts minutes, so within a second is soon enough).
 */
export const WATCH_INTERVAL_MS = 1000;
const SAFETY_POLL_MS = 30_000;

/**
 * Calls `onChange` whenever the round's region selection may have changed (a pick, a default pick,
 * completion, a rehearsal clock set), until the returned function is called. One shared watch per
 * round in this process; the last listener to leave stops it.
 */
export function watchRegionSelection(
  db: Kysely<Database>,
  roundId: string,
  onChange: () => void,
  bus?: NodeBus,
): () => void {
  return watchChanges(
    { db, bus },
    {
      channel: CHANNELS.regionSelection,
      key: roundId,
      readVersion: () => readRegionSelectionVersion(db, roundId),
    },
    { pollMs: WATCH_INTERVAL_MS, safetyPollMs: SAFETY_POLL_MS },
    onChange,
  );
}

/** How many streams of this process watch the round (a disconnected one stops watching). */
export function countWatchers(db: Kysely<Database>, roundId: string): number {
  return countChangeWatchers(db, { channel: CHANNELS.regionSelection, key: roundId });
}
