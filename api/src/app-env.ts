import type { Credential } from './auth/actor-cache.js';
import type { Actor } from './auth/roles.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { DocumentStore } from './documents/document-store.js';
import type { NodeBus } from './node-bus/node-bus.js';
import type { PlatformSigner } from './sealing/platform-signer.js';

/** What every route may use: injected once in createApp, never imported as globals. */
export interface AppDeps {
  readonly db: Db;
  readonly config: Config;
  /** the platform's Ed25519 key: signs bid receipts and published records */
  readonly signer: PlatformSigner;
  /** the S3 document store (certificates, sealed technical files, issued PDFs) */
  readonly documents: DocumentStore;
  /**
   * PostgreSQL's notifications to this process (node-bus/): caches forget and live pages move when
   * any node changes a row; absent (an app built by a test), caches live out their minute and live
   * pages poll
   */
  readonly bus?: NodeBus;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor | null;
    /** how the actor signed in (hash only), for writes that re-check it in the database */
    credential: Credential | null;
    deps: AppDeps;
  };
}
