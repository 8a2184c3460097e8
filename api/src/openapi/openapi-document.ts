import { createApp } from '../app.js';
import type { Db } from '../db/database.js';
import type { DocumentStore } from '../documents/document-store.js';
import { loadConfig } from '../config.js';
import { ephemeralSigner } from '../sealing/platform-signer.js';

/**
 * The OpenAPI document `/api/openapi.json` serves, built in-process: describing the API touches no
 * database or store, so the app runs on ones that are never called (generating the client and linting the
 * document need none).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const noDatabase = new Proxy({} as Db, {
    get: () => {
      throw new Error('the OpenAPI document needs no database');
    },
  });
  const noStore = new Proxy({} as DocumentStore, {
    get: () => {
      throw new Error('the OpenAPI document needs no document store');
    },
  });
  const app = createApp({
    db: noDatabase,
    config: loadConfig({}),
    signer: ephemeralSigner(),
    documents: noStore,
  });
  const res = await app.request('/api/openapi.json');
  if (res.status !== 200)
    throw new Error(`GET /api/openapi.json answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}
