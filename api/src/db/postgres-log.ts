/** The last lines PostgreSQL (or initdb) wrote, kept so that a refusal can be shown in its own words. */
export class PostgresLog {
  private lines: string[] = [];

  add(message: string): void {
    for (const line of message.split('\n')) {
      const text = line.replace(/^\[STDERR\]\s*/, '').trim();
      if (text) this.lines.push(text);
    }
    if (this.lines.length > 200) this.lines = this.lines.slice(-100);
  }

  clear(): void {
    this.lines = [];
  }

  all(): readonly string[] {
    return this.lines;
  }
}

// "2026-12-05 01:00:00.000 UTC [123] FATAL:  could not …": the level and what follows
const SEVERE = /\b(FATAL|PANIC|ERROR):\s+(.*)$/;
const LOGGED = /\bLOG:\s+(.*)$/;
const HINT = /\b(HINT|DETAIL):\s+(.*)$/;

/**
 * One line saying why PostgreSQL did not start: its first FATAL/PANIC/ERROR with the hint after it,
 * else initdb's own error, else the thrown error's first line, else its last log line.
 */
export function describePostgresFailure(log: PostgresLog, error: unknown): string {
  const lines = log.all();
  const at = lines.findIndex((l) => SEVERE.test(l));
  if (at >= 0) {
    const [, level, text] = SEVERE.exec(lines[at] as string) ?? [];
    const hint = lines
      .slice(at + 1, at + 3)
      .map((l) => HINT.exec(l)?.[2])
      .find(Boolean);
    // "configuration file … contains errors" follows the line that names the bad setting
    const cause = /configuration file/.test(text ?? '') ? LOGGED.exec(lines[at - 1] ?? '')?.[1] : undefined;
    return `PostgreSQL said: ${level}: ${text}${cause ? `: ${cause}` : ''}${hint ? ` (${hint})` : ''}`;
  }
  const initdb = lines.find((l) => /^initdb: (error|fatal)/i.test(l));
  if (initdb) return `PostgreSQL said: ${initdb}`;
  if (error instanceof Error && error.message) {
    const detail = /ERROR OUTPUT:\s*(.*)/s.exec(error.message)?.[1]?.trim().split('\n')[0];
    return detail ? `PostgreSQL said: ${detail}` : (error.message.split('\n')[0] ?? '');
  }
  const last = lines.at(-1);
  return last ? `PostgreSQL said: ${last}` : 'PostgreSQL exited without a word';
}
