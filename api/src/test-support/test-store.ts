import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import {
  openDocumentStore,
  type DocumentStore,
  type DocumentStoreSettings,
} from '../documents/document-store.js';
import { startLocalStore } from '../documents/local-store.js';

/**
 * The test run's document store: S3_ENDPOINT with S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY when
 * given (CI runs the suite once against Swift's s3api, which checks SigV4), else the platform's own
 * local store in a temporary directory. One bucket per run; keys carry ids, so files never collide.
 */
export async function startTestStore(): Promise<{ settings: DocumentStoreSettings; stop(): Promise<void> }> {
  const bucket = `jicai-test-${process.pid}`;
  const endpoint = process.env.S3_ENDPOINT;
  if (endpoint) {
    const settings: DocumentStoreSettings = {
      endpoint,
      bucket,
      region: process.env.S3_REGION ?? 'us-east-1',
      accessKeyId: process.env.S3_ACCESS_KEY_ID ?? 'test:tester',
      secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? 'testing',
      forcePathStyle: true,
    };
    await openDocumentStore(settings).ensureBucket();
    return { settings, stop: async () => {} };
  }
  const directory = mkdtempSync(path.join(os.tmpdir(), 'jicai-test-s3-'));
  const local = await startLocalStore({ directory, bucket });
  return {
    settings: local.settings,
    async stop() {
      await local.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The run's store, for a test file (global-setup provides its settings). */
export function testDocumentStore(): DocumentStore {
  return openDocumentStore(inject('documentStore'));
}
