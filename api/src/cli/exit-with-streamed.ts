import { once } from 'node:events';
import { failInternally } from './cli-outcome.js';
import { exitWith } from './exit-with.js';
import type { StreamedOutcome } from './run-evaluate.js';

/**
 * Writes a streamed outcome: stderr, then stdout chunk by chunk, waiting for 'drain' whenever the
 * stream's buffer is full, so a result of gigabytes never sits in memory as written-but-unsent text.
 * Then ends the process with the outcome's exit code (see exitWith for why explicitly).
 */
export async function exitWithStreamed(outcome: StreamedOutcome): Promise<void> {
  try {
    process.stderr.write(outcome.stderr);
    for (const chunk of outcome.stdout) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
  } catch (error) {
    // only a failure of ours while serializing: part of the result may be out already
    exitWith(failInternally('evaluate', error));
    return;
  }
  exitWith({ exitCode: outcome.exitCode, stdout: '', stderr: '' });
}
