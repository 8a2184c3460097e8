import { mkdirSync } from 'node:fs';
import path from 'node:path';
import S3rver from 's3rver';
import type { DocumentStoreSettings } from './document-store.js';

// Browsers PUT uploads and GET downloads straight to the store by presigned URL, so the store must
// answer the portal's cross-origin requests; the presigned signature is what authorises them.
const CORS = `<CORSConfiguration><CORSRule>
  <AllowedOrigin>*</AllowedOrigin>
  <AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>
  <AllowedHeader>*</AllowedHeader>
  <MaxAgeSeconds>3000</MaxAgeSeconds>
</CORSRule></CORSConfiguration>`;

/** s3rver's fixed account: it does not check signatures (CI runs the documents tests on Swift, which does). */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalStore {
  readonly settings: DocumentStoreSettings;
  stop(): Promise<void>;
}

/**
 * The zero-setup document store: an S3-compatible server in this process, on local disk under
 * `directory`, so the default path is the same SDK code as production (only the endpoint differs).
 */
export async function startLocalStore(options: {
  directory: string;
  bucket: string;
  host?: string;
  port?: number;
}): Promise<LocalStore> {
  mkdirSync(options.directory, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const server = new S3rver({
    address: host,
    port: options.port ?? 0,
    silent: true,
    directory: path.resolve(options.directory),
    configureBuckets: [{ name: options.bucket, configs: [CORS] }],
  });
  const address = await server.run();
  return {
    settings: {
      endpoint: `http://${host}:${address.port}`,
      bucket: options.bucket,
      region: 'us-east-1',
      forcePathStyle: true,
      ...LOCAL_CREDENTIALS,
    },
    stop: () => server.close(),
  };
}
