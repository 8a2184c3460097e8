import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, PASSWORD } from '../test-support/fixtures.js';
import { credentialClient } from '../test-support/credential-client.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { readDbNow } from '../db/db-clock.js';

let t: TestContext;
let api: ReturnType<typeof credentialClient>;
let adminCookie: string;

beforeAll(async () => {
  t = await createTestContext({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_FAILURES: '12' });
  api = credentialClient(t);
  await createOrgUser(t.db, 'office', ['office-admin'], 'lock-admin');
  adminCookie = (await api.loginFrom('198.51.100.1', 'lock-admin', PASSWORD)).cookie;
});
afterAll(() => t.close());

describe('login throttling per account × address (issue 8 §8)', () => {
  it("20 failures from one address never refuse another account's correct password", async () => {
    await createOrgUser(t.db, 'office', ['auditor'], 'target');
    await createOrgUser(t.db, 'office', ['auditor'], 'bystander');
    const answers = [];
    for (let i = 0; i < 20; i++)
      answers.push(await api.loginFrom('192.0.2.66', 'target', `guess number ${i}`));
    expect(answers.slice(0, 5).map((a) => a.code)).toEqual(Array(5).fill('BAD_CREDENTIALS'));
    expect(answers.slice(5).every((a) => a.code === 'LOGIN_THROTTLED')).toBe(true);
    // the same address, another account: its correct password works
    expect((await api.loginFrom('192.0.2.66', 'bystander', PASSWORD)).status).toBe(200);
    // the same account, another address: its correct password works too
    expect((await api.loginFrom('192.0.2.77', 'target', PASSWORD)).status).toBe(200);
  });

  it('backs off exponentially on the database clock and says when to retry', async () => {
    await createOrgUser(t.db, 'office', ['auditor'], 'slowed');
    const ip = '192.0.2.88';
    for (let i = 0; i < 5; i++) expect((await api.loginFrom(ip, 'slowed', 'wrong guess')).status).toBe(401);
    const first = await api.loginFrom(ip, 'slowed', PASSWORD);
    expect(first).toMatchObject({ status: 429, code: 'LOGIN_THROTTLED' });
    expect(Number(first.retryAfter)).toBeGreaterThan(25);
    expect(Number(first.retryAfter)).toBeLessThanOrEqual(30);
    const now = await readDbNow(t.db);
    await setPlatformClock(t.db, new Date(now.getTime() + 31_000));
    // after the wait, one more failure doubles it
    expect((await api.loginFrom(ip, 'slowed', 'wrong again')).status).toBe(401);
    const second = await api.loginFrom(ip, 'slowed', PASSWORD);
    expect(Number(second.retryAfter)).toBeGreaterThan(55);
    expect(Number(second.retryAfter)).toBeLessThanOrEqual(60);
    await setPlatformClock(t.db, new Date(now.getTime() + 31_000 + 61_000));
    expect((await api.loginFrom(ip, 'slowed', PASSWORD)).status).toBe(200);
    // a success forgets the pair's failures
    expect((await api.loginFrom(ip, 'slowed', 'one slip')).status).toBe(401);
    expect((await api.loginFrom(ip, 'slowed', PASSWORD)).status).toBe(200);
  });

  it('counts parallel guesses one by one', async () => {
    await createOrgUser(t.db, 'office', ['auditor'], 'raced');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => api.loginFrom('192.0.2.99', 'raced', `parallel guess ${i}`)),
    );
    expect(answers.filter((a) => a.code === 'BAD_CREDENTIALS')).toHaveLength(5);
    expect(answers.filter((a) => a.code === 'LOGIN_THROTTLED')).toHaveLength(7);
  });

  it('locks an account after many failures from many addresses, until the office lifts the lock', async () => {
    const victim = await createOrgUser(t.db, 'office', ['auditor'], 'besieged');
    for (let i = 0; i < 12; i++)
      expect((await api.loginFrom(`10.0.${i}.1`, 'besieged', 'botnet guess')).code).toBe('BAD_CREDENTIALS');
    const locked = await api.loginFrom('198.51.100.200', 'besieged', PASSWORD);
    expect(locked).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' });
    const users = (await (
      await t.request(`/api/organisations/${victim.organisationId}/users`, { cookie: adminCookie })
    ).json()) as { items: { login: string; locked: boolean }[] };
    expect(users.items).toEqual([expect.objectContaining({ login: 'besieged', locked: true })]);
    const refused = await t.request(`/api/users/${victim.userId}/unlock`, {
      method: 'POST',
      cookie: (await api.loginFrom('198.51.100.3', 'besieged', PASSWORD)).cookie || undefined,
    });
    expect(refused.status).toBe(401);
    const lifted = await t.request(`/api/users/${victim.userId}/unlock`, {
      method: 'POST',
      cookie: adminCookie,
    });
    expect(lifted.status).toBe(200);
    expect(await lifted.json()).toMatchObject({ login: 'besieged', locked: false });
    const again = await t.request(`/api/users/${victim.userId}/unlock`, {
      method: 'POST',
      cookie: adminCookie,
    });
    expect(again.status).toBe(409);
    expect((await api.loginFrom('198.51.100.200', 'besieged', PASSWORD)).status).toBe(200);
    expect(await api.auditActions(`user:${victim.userId}`)).toEqual([
      'account.locked',
      'account.lock-lifted',
      'session.opened',
    ]);
  });
});
