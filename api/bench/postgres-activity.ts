import pg from 'pg';

// What PostgreSQL did during a benchmark step: transactions committed (each bid batch is one, and so
// is each read outside a transaction), WAL flushes to disk
// and their mean time (pg_stat_io, PostgreSQL 16+; the time needs track_wal_io_timing, which the
// benchmark's embedded server turns on; a server without it shows no time).

interface Counters {
  readonly at: number;
  readonly commits: number;
  readonly walFsyncs: number;
  readonly walFsyncMs: number;
}

async function read(url: string): Promise<Counters> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const db = await c.query<{ commits: string }>(
      'select xact_commit as commits from pg_stat_database where datname = current_database()',
    );
    const wal = await c.query<{ fsyncs: string | null; ms: number | null }>(
      "select sum(fsyncs) as fsyncs, sum(fsync_time) as ms from pg_stat_io where object = 'wal'",
    );
    return {
      at: performance.now(),
      commits: Number(db.rows[0]?.commits ?? 0),
      walFsyncs: Number(wal.rows[0]?.fsyncs ?? 0),
      walFsyncMs: Number(wal.rows[0]?.ms ?? 0),
    };
  } finally {
    await c.end();
  }
}

export interface PostgresActivity {
  readonly commitsPerS: number;
  readonly walFsyncsPerS: number;
  /** null when the server does not time WAL I/O */
  readonly walFsyncMeanMs: number | null;
}

export async function measurePostgres<T>(
  url: string,
  fn: () => Promise<T>,
): Promise<{ result: T; activity: PostgresActivity }> {
  const a = await read(url);
  const result = await fn();
  const ended = performance.now();
  // statistics reach the shared counters within a second of a transaction's end
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const b = await read(url);
  const seconds = (ended - a.at) / 1000;
  const fsyncs = b.walFsyncs - a.walFsyncs;
  const fsyncMs = b.walFsyncMs - a.walFsyncMs;
  return {
    result,
    activity: {
      commitsPerS: (b.commits - a.commits) / seconds,
      walFsyncsPerS: fsyncs / seconds,
      walFsyncMeanMs: fsyncs > 0 && fsyncMs > 0 ? fsyncMs / fsyncs : null,
    },
  };
}

export function describePostgres(p: PostgresActivity): string {
  const mean = p.walFsyncMeanMs === null ? 'untimed' : `${p.walFsyncMeanMs.toFixed(1)} ms each`;
  return `PostgreSQL ${p.commitsPerS.toFixed(0)} transactions/s, ${p.walFsyncsPerS.toFixed(0)} WAL flushes/s (${mean})`;
}
