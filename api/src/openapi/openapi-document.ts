import { createApp } from '../app.js';
import type { Db } from '../db/database.js';
import { loadConfig } from '../config.js';
import { ephemeralSigner } from '../sealing/platform-signer.js';

/**
 * The OpenAPI document `/api/openapi.json` serves, built in-process: describing the API touches no
 * database, so the app runs on a database that is never called (generating the client and linting the
 * document need none).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const noDatabase = new Proxy({} as Db, {
    get: () => {
      throw new Error('the OpenAPI document needs no database');
    },
  });
  const app = createApp({ db: noDatabase, config: loadConfig({}), signer: ephemeralSigner() });
  const res = await app.request('/api/openapi.json');
  if (res.status !== 200)
    throw new Error(`GET /api/openapi.json answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}
