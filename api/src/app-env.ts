import type { Actor } from './auth/roles.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';

/** What every route may use: injected once in createApp, never imported as globals. */
export interface AppDeps {
  readonly db: Db;
  readonly config: Config;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor | null;
    deps: AppDeps;
  };
}
