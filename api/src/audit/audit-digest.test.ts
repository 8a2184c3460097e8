import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/auth.middleware.js';
import { insertSession } from '../auth/auth.repository.js';
import { newSecret, secretHash } from '../auth/secrets.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { appendEvents, appendThreeStreams, auditApp, tamper } from '../test-support/audit-fixtures.js';
import { createOrgUser } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { publishDailyDigest, publishDueDigests } from './daily-digest.js';
import { sealAudit } from './seal-audit.js';
import { verifyAuditChain } from './verify-chain.js';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
});
afterEach(() => t.close());

describe('daily digests', () => {
  it('publishes a finished day’s last seal once, for anyone to read', async () => {
    await setPlatformClock(t.db, new Date('2026-11-23T09:00:00+08:00'));
    await appendThreeStreams(t.db);
    await sealAudit(t.db);
    await appendEvents(t.db, 'round:a', 1);
    const last = await sealAudit(t.db);
    // not before the day is over
    expect(await publishDailyDigest(t.db, '2026-11-23')).toBeNull();
    await setPlatformClock(t.db, new Date('2026-11-24T00:05:00+08:00'));
    await appendEvents(t.db, 'round:a', 1);
    await sealAudit(t.db);
    const digest = await publishDailyDigest(t.db, '2026-11-23');
    expect(digest).toMatchObject({
      day: '2026-11-23',
      seal_id: last.seal?.id,
      stream_count: 3,
      event_count: '10',
    });
    expect(await publishDailyDigest(t.db, '2026-11-23')).toEqual(digest);
    expect(await publishDueDigests(t.db)).toEqual([]);
    expect(await t.db.selectFrom('audit_digest').select('day').execute()).toHaveLength(1);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, seals: 3, digests: 1 });

    const app = auditApp(t.deps);
    const list = await app.request('/api/audit/digests');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([
      expect.objectContaining({
        day: '2026-11-23',
        sealId: 2,
        digestHash: digest?.digest_hash,
      }),
    ]);
    expect((await app.request('/api/audit/digests/2026-11-24')).status).toBe(404);
    expect((await app.request('/api/audit/digests/2026-02-30')).status).toBe(400);
  });

  it('names a digest that no longer matches its seal', async () => {
    await setPlatformClock(t.db, new Date('2026-11-23T09:00:00+08:00'));
    await appendThreeStreams(t.db);
    await sealAudit(t.db);
    await setPlatformClock(t.db, new Date('2026-11-24T09:00:00+08:00'));
    expect(await publishDueDigests(t.db)).toEqual(['2026-11-23']);
    await tamper(t.db, 'audit_digest', sql`update audit_digest set event_count = 8, digest_hash = 'x'`);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      broken: { stream: 'audit_digest', seq: '2026-11-23', reason: 'counts differ from seal 1' },
    });
  });

  it('lets auditors and the office read the chain’s status, no one else', async () => {
    await appendThreeStreams(t.db);
    await createOrgUser(t.db, 'office', ['auditor'], 'auditor');
    await createOrgUser(t.db, 'company', ['company-user'], 'company');
    const app = auditApp(t.deps);
    const as = async (login: string) => {
      const user = await t.db
        .selectFrom('app_user')
        .select('id')
        .where('login', '=', login)
        .executeTakeFirstOrThrow();
      const token = newSecret('s');
      await insertSession(t.db, secretHash(token), user.id, 1);
      return app.request('/api/audit/verify', { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    };
    const auditor = await as('auditor');
    expect(auditor.status).toBe(200);
    expect(await auditor.json()).toEqual({ ok: true, seals: 0, digests: 0, findings: [] });
    expect((await as('company')).status).toBe(403);
    expect((await app.request('/api/audit/verify')).status).toBe(401);
  });
});
