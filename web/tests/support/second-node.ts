import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startPlatform, type Platform } from './platform';

/**
 * A second platform node over the first one's database and document store, as a second host
 * behind a load balancer would be: another `./jicai start` program on another port, given the first's
 * embedded PostgreSQL URLs (owner for migrations, the API's role for the rest), its platform key and
 * its S3 endpoint. Nothing is shared in memory: only PostgreSQL (and its notifications) joins them.
 */
export function startSecondNode(first: Platform, env: Record<string, string> = {}): Promise<Platform> {
  const state = JSON.parse(readFileSync(path.join(first.dataDir, 'embedded-postgres.json'), 'utf8')) as {
    port: number;
    ownerPassword: string;
    appPassword: string;
  };
  const url = (user: string, password: string) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${state.port}/jicai`;
  return startPlatform({
    DATABASE_URL: url('jicai_app', state.appPassword),
    MIGRATION_DATABASE_URL: url('postgres', state.ownerPassword),
    PLATFORM_SIGNING_KEY: readFileSync(path.join(first.dataDir, 'keys', 'platform-ed25519.pem'), 'utf8'),
    S3_ENDPOINT: first.documents.endpoint,
    S3_BUCKET: first.documents.bucket,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    ...env,
  });
}
