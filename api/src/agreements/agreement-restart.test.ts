import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWorld, type World } from '../test-support/award-fixtures.js';
import { addAgreedHospitals, createAgreedRound } from '../test-support/agreement-world.js';
import { withDatabase } from '../test-support/global-setup.js';
import {
  exited,
  killAllPlatforms,
  killGroup,
  spawnPlatform,
  type PlatformProcess,
} from '../test-support/platform-process.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { countIssued, findJob } from './agreements.repository.js';

// Issue 11.2: the agreement job survives a restart mid-way. The real platform (its own process, on
// this test's database and the run's document store) is killed as a crash kills it — whatever it
// was storing or recording at that instant — then started again, and it finishes with exactly one
// recorded and one stored PDF per agreement.

let t: TestContext;
let world: World;
let roundId: string;
let env: Record<string, string>;
const EXTRA = 150;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createAgreedRound(t, world);
  await addAgreedHospitals(t, world, roundId, EXTRA);
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  const store = inject('documentStore');
  env = {
    DATABASE_URL: withDatabase(inject('pgServerUrl'), rows[0]?.name as string),
    S3_ENDPOINT: store.endpoint,
    S3_BUCKET: store.bucket,
    S3_ACCESS_KEY_ID: store.accessKeyId,
    S3_SECRET_ACCESS_KEY: store.secretAccessKey,
    S3_FORCE_PATH_STYLE: String(store.forcePathStyle),
    SCHEDULER_INTERVAL_S: '0.2',
  };
}, 60_000);
afterAll(async () => {
  killAllPlatforms();
  await t?.close();
});

async function waitFor(what: string, check: () => Promise<boolean>, ms = 90_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every key the store holds under the round's agreements' verification codes, by code. */
async function storedKeysByCode(codes: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const settings = inject('documentStore');
  const s3 = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  });
  const byCode = new Map<string, string[]>();
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: settings.bucket,
        Prefix: 'issued/purchase-agreement/',
        ContinuationToken: token,
      }),
    );
    for (const { Key } of page.Contents ?? []) {
      const code = Key?.split('/')[2] as string;
      if (codes.has(code)) byCode.set(code, [...(byCode.get(code) ?? []), Key as string]);
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  s3.destroy();
  return byCode;
}

describe('the agreement job across a crash of the platform', () => {
  it('stops half-way when killed, carries on when started again, and ends with one PDF per agreement', async () => {
    const res = await t.request(`/api/rounds/${roundId}/agreements/generation`, {
      method: 'POST',
      cookie: world.office1.cookie,
    });
    expect(res.status).toBe(202);

    let platform: PlatformProcess = await spawnPlatform(env);
    await waitFor('a tenth of the agreements', async () => (await countIssued(t.db, roundId)).done >= 15);
    killGroup(platform.child, 'SIGKILL');
    await exited(platform.child);
    const halfway = await countIssued(t.db, roundId);
    expect(halfway.done).toBeLessThan(halfway.total);
    expect((await findJob(t.db, roundId))?.state).toBe('running');

    platform = await spawnPlatform(env);
    await waitFor('the job to finish', async () => (await findJob(t.db, roundId))?.state === 'finished');
    killGroup(platform.child, 'SIGTERM');
    await exited(platform.child);

    const counts = await countIssued(t.db, roundId);
    expect(counts).toEqual({ total: EXTRA + 4, done: EXTRA + 4, failed: 0 });
    const records = await t.db
      .selectFrom('issued_document')
      .select(['subject', 'verification_code', 'storage_key'])
      .where('round_id', '=', roundId)
      .where('kind', '=', 'purchase-agreement')
      .execute();
    expect(records).toHaveLength(EXTRA + 4);
    expect(new Set(records.map((r) => r.subject)).size).toBe(EXTRA + 4);
    const stored = await storedKeysByCode(new Set(records.map((r) => r.verification_code)));
    // one object per agreement, the one its record names: a PDF stored before the crash and never
    // recorded was rendered again to the same bytes, under the same key
    expect([...stored.values()].filter((keys) => keys.length !== 1)).toEqual([]);
    expect(records.every((r) => stored.get(r.verification_code)?.[0] === r.storage_key)).toBe(true);
  }, 240_000);
});
