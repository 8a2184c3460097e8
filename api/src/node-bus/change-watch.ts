import type { Channel } from './channels.js';
import type { NodeBus } from './node-bus.js';

/** What a live page follows: a version read from PostgreSQL, and the notification that it moved. */
export interface ChangeSource {
  readonly channel: Channel;
  /** the payload that concerns this watch (a round id), or null for every notification of the channel */
  readonly key: string | null;
  /** the state's version: a change of it is a change */
  readonly readVersion: () => Promise<string | undefined>;
}

export interface WatchTiming {
  /** without a bus: how often the version is read */
  readonly pollMs: number;
  /** with a bus: a slow read all the same, in case a notification went astray */
  readonly safetyPollMs: number;
}

interface Watch {
  readonly listeners: Set<() => void>;
  version: string | undefined;
  busy: boolean;
  again: boolean;
  stop(): void;
}

// by database (one process can hold several apps: tests do), then by channel and key
const watches = new WeakMap<object, Map<string, Watch>>();
const watchKey = (source: ChangeSource) => `${source.channel}:${source.key ?? '*'}`;

/**
 * Calls `onChange` whenever the source's version may have changed, until the returned function is
 * called. One shared watch per source in this process however many browsers listen; the last
 * listener to leave stops it. With a bus, a notification (or a resync after a lost connection)
 * triggers the read; without one, a poll. A listener compares what it last sent itself.
 */
export function watchChanges(
  scope: { readonly db: object; readonly bus?: NodeBus },
  source: ChangeSource,
  timing: WatchTiming,
  onChange: () => void,
): () => void {
  let bySource = watches.get(scope.db);
  if (!bySource) watches.set(scope.db, (bySource = new Map()));
  const key = watchKey(source);
  const own = bySource.get(key) ?? startWatch(scope.bus, bySource, key, source, timing);
  const listener = () => onChange();
  own.listeners.add(listener);
  return () => {
    own.listeners.delete(listener);
    if (own.listeners.size === 0 && bySource.get(key) === own) {
      own.stop();
      bySource.delete(key);
    }
  };
}

function startWatch(
  bus: NodeBus | undefined,
  bySource: Map<string, Watch>,
  key: string,
  source: ChangeSource,
  timing: WatchTiming,
) {
  const stops: (() => void)[] = [];
  const watch: Watch = {
    listeners: new Set(),
    version: undefined,
    busy: false,
    again: false,
    stop: () => stops.forEach((stop) => stop()),
  };
  const read = () => void check(source, watch);
  const timer = setInterval(read, bus ? timing.safetyPollMs : timing.pollMs);
  timer.unref?.(); // a watch never keeps the process alive
  stops.push(() => clearInterval(timer));
  if (bus) {
    stops.push(
      bus.on(source.channel, (payload) => (source.key === null || payload === source.key) && read()),
    );
    stops.push(bus.onResync(read));
    setTimeout(read, 0); // a change between the listener's first read and the subscription
  }
  bySource.set(key, watch);
  return watch;
}

async function check(source: ChangeSource, watch: Watch) {
  // a notification during a read reads once more after it: the read may have missed the change
  if (watch.busy) {
    watch.again = true;
    return;
  }
  watch.busy = true;
  try {
    do {
      watch.again = false;
      const version = await source.readVersion();
      if (version === watch.version) continue;
      watch.version = version;
      for (const listener of [...watch.listeners]) listener();
    } while (watch.again);
  } catch {
    // the database is away for a moment: the next notification, resync or poll tries again
  } finally {
    watch.busy = false;
  }
}

/** How many listeners of this process watch the source (a disconnected stream stops watching). */
export function countChangeWatchers(db: object, source: Pick<ChangeSource, 'channel' | 'key'>): number {
  return watches.get(db)?.get(watchKey(source as ChangeSource))?.listeners.size ?? 0;
}
