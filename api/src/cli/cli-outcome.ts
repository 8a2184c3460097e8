import type { InputProblem } from '@jicai/domain';

/** What a command run produces; the entry files write it out, tests read it. */
export interface CliOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Reads a file as UTF-8 text; throws like fs.readFileSync when it cannot. */
export type ReadFile = (path: string) => string;

export const EXIT_OK = 0;
/** An unexpected failure of ours: one line, never a stack trace. */
export const EXIT_INTERNAL = 1;
/** Bad input or bad usage (contract: exit 2). */
export const EXIT_BAD_INPUT = 2;

export function succeed(stdout: string, stderr = ''): CliOutcome {
  return { exitCode: EXIT_OK, stdout, stderr };
}

/** Contract: one line per problem naming its JSON path, and nothing on stdout. */
export function refuseInput(problems: readonly InputProblem[]): CliOutcome {
  const stderr = problems.map((p) => `${p.path}: ${oneLine(p.message)}\n`).join('');
  return { exitCode: EXIT_BAD_INPUT, stdout: '', stderr };
}

export function refuseUsage(usage: string, message: string): CliOutcome {
  return { exitCode: EXIT_BAD_INPUT, stdout: '', stderr: `${message}\n${usage}\n` };
}

export function failInternally(command: string, error: unknown): CliOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: EXIT_INTERNAL,
    stdout: '',
    stderr: `jicai ${command}: internal error: ${oneLine(message)}\n`,
  };
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
