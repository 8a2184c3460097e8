/**
 * A failure at start that the operator can fix: one line that names what is in the way and the setting
 * that changes it. `./jicai start` prints the message alone (no stack) and exits with `exitCode`:
 * 2 for configuration and environment problems, 1 for everything else.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** The HTTP server could not listen on HOST:PORT: one line naming the setting, or null for another error. */
export function describeListenError(error: unknown, host: string, port: number): StartupError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE') {
    return new StartupError(
      `HTTP port ${where} is already in use (another Jicai or another program): set PORT to a free port, e.g. PORT=${port === 3000 ? 3001 : 3000} ./jicai start`,
    );
  }
  if (code === 'EACCES') {
    return new StartupError(
      `not allowed to listen on ${where} (ports below 1024 need privileges): set PORT to 1024 or above`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new StartupError(`cannot listen on ${where}: HOST is not an address of this machine; set HOST`);
  }
  return null;
}

/** Any error as one line of text (PostgreSQL and Node messages may span several). */
export function oneLineOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/g, '; ').trim();
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
]);
const REFUSED: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'the role may not log in (pg_hba.conf or no such role)',
  '3D000': 'no such database',
};

/**
 * A database named by a setting that cannot be reached or logged into: one line naming the setting,
 * the server (never the password) and PostgreSQL's or the network's reason; null for other errors.
 */
export function describeDatabaseError(error: unknown, setting: string, url: string): StartupError | null {
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: string }).code ?? '';
    if (UNREACHABLE.has(code) || code in REFUSED) {
      const u = new URL(url);
      const where = `${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
      const reason = REFUSED[code] ?? `${code} (is PostgreSQL running there?)`;
      return new StartupError(`cannot use the database ${where} (${setting}): ${reason}; check ${setting}`);
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}
