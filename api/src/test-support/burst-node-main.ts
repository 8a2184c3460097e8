import { loadConfig } from '../config.js';
import { startPlatform } from '../server.js';

/**
 * One node of the deadline-burst replay (loadtest/burst.mjs): the platform without the demo seed,
 * configured by the environment like any node. Prints one JSON line once it accepts bids, with what
 * a second node needs to share this one's document store (the local S3's endpoint and bucket).
 * `node --import tsx src/test-support/burst-node-main.ts`; SIGTERM stops it, its database included.
 */
const platform = await startPlatform(loadConfig(), { log: () => {} });
process.stdout.write(
  `${JSON.stringify({ listening: platform.url, documents: platform.documents, pid: process.pid })}\n`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    platform.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
