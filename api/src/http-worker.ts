import { createServer } from 'node:http';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDocumentStore } from './documents/document-store.js';
import { configuredStoreSettings } from './documents/platform-store.js';
import { createDb } from './db/database.js';
import { WORKER_DATABASE_URL, WORKER_LISTEN_ERROR, WORKER_REQUEST_LOG } from './http-workers.js';
import { platformListener } from './portal.js';
import { loadOrCreateSigner } from './sealing/platform-signer.js';
import { startNodeBus } from './node-bus/node-bus.js';
import { describeListenError } from './startup-error.js';

// One HTTP worker process of API_WORKERS > 1 (forked by http-workers.ts): the app on its own pool.
const config = loadConfig();
const url = process.env[WORKER_DATABASE_URL];
if (!url) throw new Error(`${WORKER_DATABASE_URL} is not set: HTTP workers are started by the platform`);
const db = createDb(url, 20);
const signer = loadOrCreateSigner(config.DATA_DIR, config.PLATFORM_SIGNING_KEY);
const log = process.env[WORKER_REQUEST_LOG] === '1' ? (line: string) => console.log(line) : undefined;
// the primary opened the store (its own local one, or S3_ENDPOINT) and passed its settings on
const storeSettings = configuredStoreSettings(config);
if (!storeSettings) throw new Error('S3_ENDPOINT is not set: HTTP workers are started by the platform');
const documents = openDocumentStore(storeSettings);
const bus = startNodeBus(config.LISTEN_DATABASE_URL ?? url, {
  log: (line) => console.log(line),
  node: config.NODE_NAME,
});
const app = createApp({ db, config, signer, documents, bus }, { log });
const listener = await platformListener(app.fetch, config.TRUST_PROXY, documents.origin);
const server = createServer(listener).listen(config.PORT, config.HOST);
// the port is taken (or not ours to take): tell the primary in one line, which it prints and exits on
server.once('error', (error) => {
  const refusal = describeListenError(error, config.HOST, config.PORT);
  process.send?.({ [WORKER_LISTEN_ERROR]: refusal?.message ?? String(error) });
  process.exit(2);
});

let stopping = false;
/** Stops taking connections, lets requests in flight finish (their bids commit), then exits. */
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => void Promise.all([bus.stop(), db.destroy()]).then(() => process.exit(0)));
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', () => {}); // the primary stops its workers itself
process.on('disconnect', stop); // the primary went away
