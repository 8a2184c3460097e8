import pg from 'pg';

/**
 * The leader lock: a session-level PostgreSQL advisory lock on one dedicated connection. Whoever holds
 * it runs the duties that must run once across all nodes (the round scheduler's sweep, the audit
 * sealer, the notice issuer). PostgreSQL frees the lock when the holder's session ends, so a leader
 * killed with -9 hands over within one `checkMs` of a candidate; no row, lease or clock is involved.
 *
 * Two int4 keys rather than one bigint so that `pg_locks` shows them as they are (classid, objid):
 * health reports and docs/operations.md's query find the holder without arithmetic.
 */
export const LEADER_LOCK = { classid: 1245921609, objid: 12 } as const; // 1245921609 = 'JCAI'

export interface Duties {
  stop(): Promise<void>;
}

export interface Leadership {
  /** whether this node runs the duties now */
  readonly leading: boolean;
  stop(): Promise<void>;
}

export interface LeadershipOptions {
  readonly url: string;
  /** this node's name, shown as the connection's application_name and in log lines */
  readonly node: string;
  /** how often a candidate tries the lock, and the leader checks its connection */
  readonly checkMs: number;
  readonly log: (line: string) => void;
  /** starts the leader's duties; called each time this node becomes leader */
  readonly lead: () => Duties;
}

/**
 * Tries for the lock every `checkMs`; while holding it, checks the connection as often. A leader whose
 * connection fails stops its duties at once (before anyone else can take the lock, as PostgreSQL only
 * frees it when that session is gone) and becomes a candidate again.
 */
export function startLeadership(o: LeadershipOptions): Leadership {
  let client: pg.Client | null = null;
  let duties: Duties | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const dropClient = () => {
    const c = client;
    client = null;
    // end() would wait for a server that may be gone; the socket is dropped either way
    c?.end().catch(() => {});
  };
  let stopping: Promise<void> = Promise.resolve();
  /** Stops the duties (synchronously marks this node as not leading; the returned promise ends them). */
  const resign = (why: string): Promise<void> => {
    const d = duties;
    duties = null;
    if (d) {
      o.log(`leader: ${o.node} stops the scheduler and audit sealer (${why})`);
      stopping = d.stop();
    }
    return stopping;
  };
  const connect = async () => {
    const c = new pg.Client({
      connectionString: o.url,
      application_name: `jicai candidate ${o.node}`.slice(0, 63),
      keepAlive: true,
      // a heartbeat that hangs (a network gone silent) counts as a lost connection
      query_timeout: Math.max(o.checkMs * 3, 3_000),
      connectionTimeoutMillis: Math.max(o.checkMs * 3, 3_000),
    });
    // the session ended under us (terminated, the server restarting): the lock is gone this instant,
    // so the duties stop now rather than at the next check, when another node may already lead
    const ended = () => {
      if (client !== c) return;
      client = null;
      void resign('its database session ended');
    };
    c.on('error', ended);
    c.on('end', ended);
    await c.connect();
    return c;
  };
  const check = async () => {
    try {
      if (!client) {
        await resign('its database session ended'); // a new session holds no lock
        client = await connect();
      }
      const c = client;
      if (duties) {
        await c.query('select 1');
        return;
      }
      const { rows } = await c.query<{ got: boolean }>(
        'select pg_try_advisory_lock($1::int4, $2::int4) as got',
        [LEADER_LOCK.classid, LEADER_LOCK.objid],
      );
      if (!rows[0]?.got || stopped) return;
      await c.query(`select set_config('application_name', $1, false)`, [
        `jicai leader ${o.node}`.slice(0, 63),
      ]);
      if (client !== c) return; // the session ended meanwhile, and the lock with it
      o.log(`leader: ${o.node} runs the scheduler and audit sealer`);
      duties = o.lead();
    } catch (error) {
      dropClient();
      await resign(`lost its database connection: ${(error as Error).message}`);
    }
  };
  const beat = () => {
    if (stopped) return;
    running = check().finally(() => {
      if (!stopped) timer = setTimeout(beat, o.checkMs);
    });
  };
  timer = setTimeout(beat, 0);

  return {
    get leading() {
      return duties !== null;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await resign('stopping');
      await stopping;
      // closing the session frees the lock for the next node at once
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
