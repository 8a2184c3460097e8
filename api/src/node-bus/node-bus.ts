import pg from 'pg';
import { CHANNELS, type Channel } from './channels.js';

/**
 * This process's ear on PostgreSQL's notifications: what other nodes (and jobs, and scripts) changed
 * that this process remembers or shows live. One dedicated connection, not from the pool: a LISTEN
 * belongs to a session, so it cannot go through a transaction-pooling proxy.
 */
export interface NodeBus {
  /** Calls `listener` with each notification's payload on `channel`, until the returned function is called. */
  on(channel: Channel, listener: (payload: string) => void): () => void;
  /**
   * Calls `listener` whenever notifications may have been missed: when the connection is lost and
   * again when it is back (a NOTIFY sent while nobody listens is gone). A cache forgets everything,
   * a watcher reads afresh.
   */
  onResync(listener: () => void): () => void;
  /** whether the LISTEN connection is up */
  readonly connected: boolean;
  /** the LISTEN connection's backend pid (pg_stat_activity, pg_terminate_backend), null while away */
  readonly pid: number | null;
  /** resolves when the bus listens for the first time */
  ready(): Promise<void>;
  stop(): Promise<void>;
}

export interface NodeBusOptions {
  readonly log?: (line: string) => void;
  /** the first reconnect's delay, doubled per failed attempt up to `maxDelayMs` */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /** a `select 1` this often finds a connection that died without a word (a half-open TCP) */
  readonly heartbeatMs?: number;
  /** this node's name (NODE_NAME), after the application name in pg_stat_activity */
  readonly node?: string;
}

/** Shown in pg_stat_activity (with the node's name), so an operator sees one such connection per process. */
export const NODE_BUS_APPLICATION_NAME = 'jicai-node-bus';

/** Starts listening on every platform channel; reconnects with backoff until `stop`. */
export function startNodeBus(connectionString: string, options: NodeBusOptions = {}): NodeBus {
  const { log = () => {}, minDelayMs = 100, maxDelayMs = 5_000, heartbeatMs = 15_000 } = options;
  const listeners = new Map<string, Set<(payload: string) => void>>();
  const resyncs = new Set<() => void>();
  let current: { client: pg.Client; pid: number; heartbeat: ReturnType<typeof setInterval> } | null = null;
  let stopped = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let markReady: () => void = () => {};
  const firstListen = new Promise<void>((resolve) => (markReady = resolve));

  const each = <T>(set: Iterable<T>, call: (item: T) => void) => {
    for (const item of [...set]) {
      try {
        call(item);
      } catch (error) {
        log(`node bus: a listener failed: ${(error as Error).message}`);
      }
    }
  };
  const resync = () => each(resyncs, (listener) => listener());

  const connect = async () => {
    retry = undefined;
    if (stopped) return;
    const client = new pg.Client({
      connectionString,
      application_name: `${NODE_BUS_APPLICATION_NAME} ${options.node ?? process.pid}`.slice(0, 63),
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      query_timeout: 10_000,
    });
    let lost = false;
    const lose = (error?: Error) => {
      if (lost) return;
      lost = true;
      const wasUp = current?.client === client;
      if (wasUp) {
        clearInterval(current!.heartbeat);
        current = null;
      }
      client.end().catch(() => {});
      if (stopped) return;
      const delay = Math.min(maxDelayMs, minDelayMs * 2 ** failures++);
      const why = error?.message ?? 'the connection ended';
      log(`node bus: ${wasUp ? 'LISTEN connection lost' : 'cannot listen'} (${why}); again in ${delay} ms`);
      if (wasUp) resync();
      retry = setTimeout(() => void connect(), delay);
      retry.unref?.();
    };
    client.on('error', lose);
    client.on('end', () => lose());
    client.on('notification', ({ channel, payload }) => {
      const set = listeners.get(channel);
      if (set && payload !== undefined) each(set, (listener) => listener(payload));
    });
    try {
      await client.connect();
      const listen = Object.values(CHANNELS).map((channel) => `listen ${channel};`);
      await client.query(listen.join(' '));
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      if (lost) return;
      if (stopped) {
        await client.end();
        return;
      }
      const heartbeat = setInterval(() => void client.query('select 1').catch(lose), heartbeatMs);
      heartbeat.unref?.();
      current = { client, pid: rows[0]!.pid, heartbeat };
      if (failures > 0) log(`node bus: listening again (backend pid ${current.pid})`);
      failures = 0;
      resync();
      markReady();
    } catch (error) {
      lose(error as Error);
    }
  };
  void connect();

  return {
    on(channel, listener) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
    onResync(listener) {
      resyncs.add(listener);
      return () => void resyncs.delete(listener);
    },
    get connected() {
      return current !== null;
    },
    get pid() {
      return current?.pid ?? null;
    },
    ready: () => firstListen,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const up = current;
      current = null;
      if (up) {
        clearInterval(up.heartbeat);
        await up.client.end().catch(() => {});
      }
    },
  };
}
