import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDbNow } from '../db/db-clock.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createOrgUser, PASSWORD } from '../test-support/fixtures.js';
import { credentialClient } from '../test-support/credential-client.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let api: ReturnType<typeof credentialClient>;

beforeAll(async () => {
  t = await createTestContext({ TRUST_PROXY: 'true', API_TOKEN_MAX_DAYS: '30', SESSION_IDLE_MINUTES: '30' });
  api = credentialClient(t);
});
afterAll(() => t.close());

const signIn = async (login: string, password = PASSWORD, ip = '198.51.100.9') => {
  const answer = await api.loginFrom(ip, login, password);
  expect(answer.status, `${login} signs in`).toBe(200);
  return answer.cookie;
};
const status = async (res: Promise<Response>) => (await res).status;
const problem = async (res: Response) => (await res.json()) as { code: string; errors: { path: string }[] };

describe('API tokens (issue 8 §8)', () => {
  it('always expire, at most API_TOKEN_MAX_DAYS after they are made', async () => {
    await createOrgUser(t.db, 'company', ['company-user'], 'erp-owner');
    const cookie = await signIn('erp-owner');
    const make = (json: unknown) => t.request('/api/auth/tokens', { method: 'POST', cookie, json });
    expect((await problem(await make({ name: 'forever', days: null }))).code).toBe('VALIDATION_FAILED');
    const tooLong = await make({ name: 'too long', days: 31 });
    expect(tooLong.status).toBe(400);
    expect((await problem(tooLong)).errors.map((e) => e.path)).toEqual(['days']);
    const made = (await (await make({ name: 'erp' })).json()) as { expiresAt: string };
    const days = (Date.parse(made.expiresAt) - (await readDbNow(t.db)).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const open = await t.db.selectFrom('api_token').select('id').where('expires_at', 'is', null).execute();
    expect(open).toEqual([]);
  });

  it('are listed to their owner and revoked by them at once, with an audit record', async () => {
    const owner = await createOrgUser(t.db, 'company', ['company-user'], 'token-owner');
    await createOrgUser(t.db, 'company', ['company-user'], 'token-stranger');
    const cookie = await signIn('token-owner');
    const stranger = await signIn('token-stranger');
    const made = (await (
      await t.request('/api/auth/tokens', { method: 'POST', cookie, json: { name: 'erp', days: 7 } })
    ).json()) as { id: string; token: string };
    expect(await status(t.request('/api/auth/me', { token: made.token }))).toBe(200);

    const listed = (await (await t.request('/api/auth/tokens', { cookie })).json()) as {
      items: { id: string; name: string; live: boolean; revokedAt: string | null }[];
    };
    expect(listed.items).toEqual([
      expect.objectContaining({ id: made.id, name: 'erp', live: true, revokedAt: null }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(made.token);
    const theirs = (await (await t.request('/api/auth/tokens', { cookie: stranger })).json()) as {
      items: [];
    };
    expect(theirs.items).toEqual([]);

    const url = `/api/auth/tokens/${made.id}`;
    expect(await status(t.request(url, { method: 'DELETE', cookie: stranger }))).toBe(404);
    expect(await status(t.request('/api/auth/me', { token: made.token }))).toBe(200);
    expect(await status(t.request(url, { method: 'DELETE', cookie }))).toBe(204);
    expect(await status(t.request('/api/auth/me', { token: made.token }))).toBe(401);
    expect(await status(t.request(url, { method: 'DELETE', cookie }))).toBe(204);
    const after = (await (await t.request('/api/auth/tokens', { cookie })).json()) as {
      items: { live: boolean; revokedAt: string | null }[];
    };
    expect(after.items[0]).toMatchObject({ live: false, revokedAt: expect.any(String) });
    expect(await api.auditActions(`api-token:${made.id}`)).toEqual([
      'api-token.created',
      'api-token.revoked',
    ]);
    expect(owner.userId).toBeTruthy();
  });
});

describe('password change (issue 8 §8)', () => {
  it('needs the current password and a strong new one, and ends the other sessions', async () => {
    const user = await createOrgUser(t.db, 'hospital', ['hospital-user'], 'nurse-wang');
    const here = await signIn('nurse-wang');
    const elsewhere = await signIn('nurse-wang', PASSWORD, '198.51.100.10');
    const machine = (await (
      await t.request('/api/auth/tokens', { method: 'POST', cookie: here, json: { name: 'his' } })
    ).json()) as { token: string };
    const change = (currentPassword: string, newPassword: string) =>
      t.request('/api/auth/password', {
        method: 'POST',
        cookie: here,
        json: { currentPassword, newPassword },
      });

    const wrong = await change('not my password', 'Plum blossoms in the snow 1987');
    expect(wrong.status).toBe(400);
    expect((await problem(wrong)).errors.map((e) => e.path)).toEqual(['currentPassword']);
    for (const weak of [
      'aaaaaaaaaa',
      'aaaaaaaaaaaa',
      '1234567890',
      '123456789012',
      'nurse-wang-2026!',
      PASSWORD,
    ]) {
      const res = await change(PASSWORD, weak);
      expect(res.status, weak).toBe(400);
      const p = await problem(res);
      expect(p.code, weak).toBe('WEAK_PASSWORD');
      expect(p.errors.map((e) => e.path)).toEqual(['newPassword']);
    }
    expect(await status(t.request('/api/auth/me', { cookie: elsewhere }))).toBe(200);

    const changed = await change(PASSWORD, 'Plum blossoms in the snow 1987');
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ sessionsEnded: 1 });
    expect(await status(t.request('/api/auth/me', { cookie: here }))).toBe(200);
    expect(await status(t.request('/api/auth/me', { cookie: elsewhere }))).toBe(401);
    expect(await status(t.request('/api/auth/me', { token: machine.token }))).toBe(200);
    expect((await api.loginFrom('198.51.100.11', 'nurse-wang', PASSWORD)).status).toBe(401);
    await signIn('nurse-wang', 'Plum blossoms in the snow 1987', '198.51.100.11');
    expect(await api.auditActions(`user:${user.userId}`)).toContain('password.changed');
  });

  it('refuses weak passwords when the office creates a user', async () => {
    await createOrgUser(t.db, 'office', ['office-admin'], 'user-maker');
    const cookie = await signIn('user-maker');
    const org = await createOrgUser(t.db, 'company', ['company-user'], 'some-company');
    const create = (login: string, password: string) =>
      t.request(`/api/organisations/${org.organisationId}/users`, {
        method: 'POST',
        cookie,
        json: { login, displayName: '销售', password, roles: ['company-user'] },
      });
    for (const [login, weak] of [
      ['sales-one', 'aaaaaaaaaa'],
      ['sales-two', '1234567890'],
      ['sales-three', '123456789012'],
      ['sales-four', 'xxsales-fourxx'],
    ] as const) {
      const res = await create(login, weak);
      expect(res.status, weak).toBe(400);
      expect((await problem(res)).errors.map((e) => e.path)).toEqual(['password']);
    }
    expect(await status(create('sales-five', 'Plum blossoms in the snow 1987'))).toBe(201);
  });
});

describe('session idle timeout (issue 8 §8)', () => {
  it('ends a session unused for SESSION_IDLE_MINUTES, however long it could live', async () => {
    await createOrgUser(t.db, 'office', ['auditor'], 'idle-auditor');
    const cookie = await signIn('idle-auditor');
    const start = (await readDbNow(t.db)).getTime();
    const at = (minutes: number) => setPlatformClock(t.db, new Date(start + minutes * 60_000));
    await at(20);
    expect(await status(t.request('/api/auth/me', { cookie }))).toBe(200);
    await at(45); // 25 minutes after it was last seen
    expect(await status(t.request('/api/auth/me', { cookie }))).toBe(200);
    await at(45.5); // seen again within the minute: not written again
    expect(await status(t.request('/api/auth/me', { cookie }))).toBe(200);
    await at(76); // 31 minutes idle
    expect(await status(t.request('/api/auth/me', { cookie }))).toBe(401);
  });
});
