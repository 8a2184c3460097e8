import { verifyAuditChain } from '../audit/verify-chain.js';
import { loadConfig } from '../config.js';
import { createDb, type Db } from '../db/database.js';
import { openEmbeddedDatabase } from './embedded-database.js';
import {
  EXIT_BAD_INPUT,
  failInternally,
  oneLine,
  refuseUsage,
  succeed,
  type CliOutcome,
} from './cli-outcome.js';
import { parseArgs } from './parse-args.js';

export const AUDIT_USAGE = [
  'usage: jicai audit verify',
  '  recomputes every audit stream’s hash chain, the seals and the published digests, and names',
  '  the first broken link; exit 0 when intact, 1 when broken',
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

/** `./jicai audit verify`: exit 0 and the counts when the chain is intact, 1 and the first broken link when not. */
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
  let opened: OpenedDatabase | string | null = null;
  try {
    opened = await open();
    if (typeof opened === 'string') {
      return { exitCode: EXIT_BAD_INPUT, stdout: '', stderr: `jicai audit: ${opened}\n` };
    }
    const report = await verifyAuditChain(opened.db);
    if (!report.ok) {
      const { stream, seq, reason } = report.broken;
      return { exitCode: 1, stdout: `BROKEN: stream ${stream} seq ${seq}: ${oneLine(reason)}\n`, stderr: '' };
    }
    return succeed(
      `audit chain OK: ${report.events} events in ${report.streams} streams, ${report.seals} seals\n`,
    );
  } catch (error) {
    return failInternally('audit', error);
  } finally {
    if (opened && typeof opened !== 'string') await opened.close();
  }
}
