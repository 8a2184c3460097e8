import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What this data directory remembers about its embedded PostgreSQL, in `DATA_DIR/embedded-postgres.json`
 * (mode 600): the port it last ran on, so `./jicai audit verify` and every later start reach *this*
 * checkout's database and never another instance's on the same port, and the random passwords of the
 * owner (superuser, runs migrations) and of the API's login role.
 */
export interface EmbeddedState {
  readonly port: number | null;
  readonly ownerPassword: string;
  readonly appPassword: string;
}

/** The superuser's name and the password data directories made before passwords were random used. */
export const OWNER_ROLE = 'postgres';
export const LEGACY_OWNER_PASSWORD = 'postgres';
/** The role the API connects as: DML on the tables, no ownership, no superuser. */
export const APP_ROLE = 'jicai_app';

export function stateFile(dataDir: string): string {
  return path.join(dataDir, 'embedded-postgres.json');
}

const newPassword = () => randomBytes(24).toString('base64url');

/** The remembered state, or a new one with fresh passwords (written at once, before it is used). */
export function readOrCreateState(dataDir: string): EmbeddedState {
  const found = readState(dataDir);
  if (found) return found;
  const state: EmbeddedState = { port: null, ownerPassword: newPassword(), appPassword: newPassword() };
  writeState(dataDir, state);
  return state;
}

export function readState(dataDir: string): EmbeddedState | null {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<EmbeddedState>;
  if (typeof raw.ownerPassword !== 'string' || typeof raw.appPassword !== 'string') {
    throw new Error(`${file} is damaged (no passwords): restore it from a backup`);
  }
  return {
    port: typeof raw.port === 'number' ? raw.port : null,
    ownerPassword: raw.ownerPassword,
    appPassword: raw.appPassword,
  };
}

/** Written to a temporary file and renamed, so a crash never leaves half a file (and lost passwords). */
export function writeState(dataDir: string, state: EmbeddedState): void {
  mkdirSync(dataDir, { recursive: true });
  const file = stateFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

export function postgresUrl(user: string, password: string, port: number, database: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
