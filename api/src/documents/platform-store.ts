import path from 'node:path';
import type { Config } from '../config.js';
import { openDocumentStore, type DocumentStore, type DocumentStoreSettings } from './document-store.js';
import { startLocalStore } from './local-store.js';

/** S3_ENDPOINT and its credentials, or null when the platform should run its own local store. */
export function configuredStoreSettings(config: Config): DocumentStoreSettings | null {
  if (!config.S3_ENDPOINT || !config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) return null;
  return {
    endpoint: config.S3_ENDPOINT,
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  };
}

export interface PlatformStore {
  readonly store: DocumentStore;
  /** what HTTP workers must be told to reach the same store */
  readonly settings: DocumentStoreSettings;
  stop(): Promise<void>;
}

/**
 * The platform's document store: the configured S3 API (its bucket created when missing), or the
 * local one under DATA_DIR/documents on a free port of this host.
 */
export async function openPlatformStore(config: Config): Promise<PlatformStore> {
  const configured = configuredStoreSettings(config);
  const local = configured
    ? null
    : await startLocalStore({
        directory: path.join(config.DATA_DIR, 'documents'),
        bucket: config.S3_BUCKET,
      });
  const settings = configured ?? (local as NonNullable<typeof local>).settings;
  const store = openDocumentStore(settings);
  try {
    await store.ensureBucket();
  } catch (error) {
    await local?.stop();
    throw error;
  }
  return { store, settings, stop: async () => void (await local?.stop()) };
}

/** The configuration HTTP workers get, so they open the store the primary opened. */
export function withStoreSettings(config: Config, settings: DocumentStoreSettings): Config {
  return Object.freeze({
    ...config,
    S3_ENDPOINT: settings.endpoint,
    S3_BUCKET: settings.bucket,
    S3_REGION: settings.region,
    S3_ACCESS_KEY_ID: settings.accessKeyId,
    S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    S3_FORCE_PATH_STYLE: settings.forcePathStyle,
  });
}
