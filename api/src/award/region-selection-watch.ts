import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { readRegionSelectionVersion } from './region-selection.repository.js';

/**
 * How often a process looks for a change in a watched round. Picks are written by whichever HTTP
 * worker took them and default picks by the primary's scheduler, so every worker learns of changes
 * from PostgreSQL. One version read per watched round per process, however many browsers listen
 * (measured: 0.07 ms execution, 8 shared buffer hits, 0.7 ms round trip from Node), costs less
 * than a LISTEN connection per worker with its reconnect-and-resync logic (a NOTIFY sent while
 * the listener is away is lost), and a turn lasts minutes, so within a second is soon enough.
 */
export const WATCH_INTERVAL_MS = 1000;

interface Watch {
  readonly roundId: string;
  readonly listeners: Set<() => void>;
  version: string | undefined;
  timer?: ReturnType<typeof setInterval>;
  busy: boolean;
}

// by database (one process can hold several apps: tests do), then by round
const watches = new WeakMap<Kysely<Database>, Map<string, Watch>>();

/**
 * Calls `onChange` whenever the round's region selection may have changed (a pick, a default pick,
 * completion, a rehearsal clock set), until the returned function is called. One shared poll per
 * round in this process; the last listener to leave stops it. The first poll always calls: a
 * listener compares what it last sent itself.
 */
export function watchRegionSelection(
  db: Kysely<Database>,
  roundId: string,
  onChange: () => void,
  intervalMs = WATCH_INTERVAL_MS,
): () => void {
  let byRound = watches.get(db);
  if (!byRound) watches.set(db, (byRound = new Map()));
  const own = byRound.get(roundId) ?? startWatch(db, byRound, roundId, intervalMs);
  const listener = () => onChange();
  own.listeners.add(listener);
  return () => {
    own.listeners.delete(listener);
    if (own.listeners.size === 0 && byRound.get(roundId) === own) {
      clearInterval(own.timer);
      byRound.delete(roundId);
    }
  };
}

function startWatch(db: Kysely<Database>, byRound: Map<string, Watch>, roundId: string, intervalMs: number) {
  const watch: Watch = { roundId, listeners: new Set(), version: undefined, busy: false };
  watch.timer = setInterval(() => void poll(db, watch), intervalMs);
  watch.timer.unref?.(); // a watch never keeps the process alive
  byRound.set(roundId, watch);
  return watch;
}

async function poll(db: Kysely<Database>, watch: Watch) {
  if (watch.busy) return;
  watch.busy = true;
  try {
    const version = await readRegionSelectionVersion(db, watch.roundId);
    if (version === watch.version) return;
    watch.version = version;
    for (const listener of [...watch.listeners]) listener();
  } catch {
    // the database is away for a moment: the next tick tries again
  } finally {
    watch.busy = false;
  }
}

/** How many streams of this process watch the round (a disconnected one stops watching). */
export function countWatchers(db: Kysely<Database>, roundId: string): number {
  return watches.get(db)?.get(roundId)?.listeners.size ?? 0;
}
