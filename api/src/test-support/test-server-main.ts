import { loadConfig } from '../config.js';
import { startPlatform } from '../server.js';

/**
 * The real HTTP server on DATABASE_URL without the demo seed, for the kill-and-restart test
 * (`node --import tsx src/test-support/test-server-main.ts`): prints `listening <url>` once it accepts bids.
 */
const platform = await startPlatform(loadConfig(), { log: () => {} });
process.stdout.write(`listening ${platform.url}\n`);
