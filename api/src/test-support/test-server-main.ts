import { loadConfig } from '../config.js';
import { startPlatform } from '../server.js';
import { oneLineOf, StartupError } from '../startup-error.js';

/**
 * The real HTTP server on DATABASE_URL without the demo seed, for the kill-and-restart and two-node tests
 * (`node --import tsx src/test-support/test-server-main.ts`): prints `listening <url>` once it accepts
 * bids; a refusal to start is one line on stderr and exit code 2, as `./jicai start` does.
 */
try {
  const platform = await startPlatform(loadConfig(), { log: () => {} });
  process.stdout.write(`listening ${platform.url}\n`);
} catch (error) {
  process.stderr.write(`${oneLineOf(error)}\n`);
  process.exit(error instanceof StartupError ? error.exitCode : 1);
}
