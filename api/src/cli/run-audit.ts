import { sql } from 'kysely';
import { verifyAudit, type AuditReport } from '../audit/verify-audit.js';
import { loadConfig } from '../config.js';
import { createDb, type Db } from '../db/database.js';
import { openEmbeddedDatabase } from './embedded-database.js';
import { EXIT_BAD_INPUT, oneLine, refuseUsage, succeed, type CliOutcome } from './cli-outcome.js';
import { parseArgs } from './parse-args.js';

export const AUDIT_USAGE = [
  'usage: jicai audit verify',
  '  recomputes every audit stream’s hash chain, the seals and the published digests, names the',
  '  first broken link, and cross-checks bids, opened bids (their prices re-derived from their',
  '  commitments) and evaluation records against the chain, one line per finding',
  '  exit 0 when intact, 1 when broken, 2 on a usage error or when the database cannot be read',
  '  the database: DATABASE_URL, or the embedded one under DATA_DIR (default .data/pg)',
].join('\n');

/** A database to verify, and how to let go of it. */
export interface OpenedDatabase {
  readonly db: Db;
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; else the embedded PostgreSQL under DATA_DIR, as the platform runs it: used
 * in place when the platform is running, started (and stopped after) when it is not. Never created:
 * there is no chain to verify in a database the platform never ran on.
 */
export async function openConfiguredDatabase(env: NodeJS.ProcessEnv): Promise<OpenedDatabase | string> {
  const config = loadConfig(env);
  if (config.DATABASE_URL) {
    const db = createDb(config.DATABASE_URL, 2);
    return { db, close: () => db.destroy() };
  }
  return openEmbeddedDatabase(config);
}

/** Exit 1: the chain or the tables disagree with it (contract of every jicai command: 0 ok, 2 unusable). */
export const EXIT_BROKEN = 1;

/**
 * `./jicai audit verify`: exit 0 and the counts when the chain is intact and the tables agree with
 * it, 1 and the first broken link and every finding when not, 2 when it cannot tell (usage, no
 * database, a database that cannot be reached or read): never 1, which would claim tampering.
 */
export async function runAudit(
  args: readonly string[],
  open: () => Promise<OpenedDatabase | string>,
): Promise<CliOutcome> {
  const parsed = parseArgs(args, { flags: ['--help', '-h'], options: [] });
  if (!parsed.ok) return refuseUsage(AUDIT_USAGE, parsed.message);
  const { positionals, flags } = parsed.args;
  if (flags.has('--help') || flags.has('-h')) return succeed(`${AUDIT_USAGE}\n`);
  const [command, ...extra] = positionals;
  if (command !== 'verify') {
    return refuseUsage(
      AUDIT_USAGE,
      command === undefined ? 'expected a command' : `unknown command ${command}`,
    );
  }
  if (extra.length > 0) return refuseUsage(AUDIT_USAGE, `unexpected argument ${extra[0] ?? ''}`);
  const cannot = (why: string, error?: unknown): CliOutcome => {
    const detail = error === undefined ? '' : `: ${error instanceof Error ? error.message : String(error)}`;
    return { exitCode: EXIT_BAD_INPUT, stdout: '', stderr: `jicai audit: ${oneLine(why + detail)}\n` };
  };
  let opened: OpenedDatabase | string;
  try {
    opened = await open();
  } catch (error) {
    return cannot('cannot open the database', error);
  }
  if (typeof opened === 'string') return cannot(opened);
  try {
    try {
      await sql`select 1`.execute(opened.db);
    } catch (error) {
      return cannot('database unreachable', error);
    }
    return formatReport(await verifyAudit(opened.db));
  } catch (error) {
    return cannot('cannot verify', error);
  } finally {
    await opened.close().catch(() => undefined);
  }
}

function formatReport(report: AuditReport): CliOutcome {
  if (report.ok) {
    const { events, streams, seals, checked } = report;
    return succeed(
      `audit chain OK: ${events} events in ${streams} streams, ${seals} seals; ` +
        `tables agree: ${checked.bids} bids, ${checked.openedBids} opened bids, ${checked.evaluationRecords} evaluation records\n`,
    );
  }
  const lines: string[] = [];
  if (report.broken) {
    const { stream, seq, reason } = report.broken;
    lines.push(`BROKEN: stream ${stream} seq ${seq}: ${oneLine(reason)}`);
  }
  for (const f of report.findings) lines.push(`${f.kind}: ${oneLine(f.message)}`);
  return { exitCode: EXIT_BROKEN, stdout: `${lines.join('\n')}\n`, stderr: '' };
}
