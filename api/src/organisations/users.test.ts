import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readProblem as problem, testSessions } from '../test-support/sign-in.js';

type OrgUser = Awaited<ReturnType<typeof createOrgUser>>;
let t: TestContext;
let as: ReturnType<typeof testSessions>;
let admin: OrgUser, companyA: OrgUser, companyB: OrgUser;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  admin = await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
  companyA = await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
  companyB = await createOrgUser(t.db, 'company', ['company-user'], 'company-b');
});
afterAll(() => t.close());

const audit = (action: string) =>
  t.db
    .selectFrom('audit_event')
    .selectAll()
    .where('stream', '=', 'accounts')
    .where('action', '=', action)
    .orderBy('id')
    .execute();

describe('users', () => {
  it('creates a user whose roles fit the organisation kind; the password is hashed', async () => {
    const cookie = await as('admin1');
    const url = `/api/organisations/${companyA.organisationId}/users`;
    const usersBefore = await t.db.selectFrom('app_user').select('id').execute();
    const misfit = await t.request(url, {
      method: 'POST',
      cookie,
      json: {
        login: 'sneaky',
        displayName: 'S',
        password: 'long enough pw',
        roles: ['company-user', 'office-admin'],
      },
    });
    expect(misfit.status).toBe(400);
    expect((await problem(misfit)).errors).toMatchObject([
      { path: 'roles[1]', message: expect.stringContaining('office') },
    ]);
    const short = await problem(
      await t.request(url, {
        method: 'POST',
        cookie,
        json: { login: 'shorty', displayName: 'S', password: 'short', roles: ['company-user'] },
      }),
    );
    expect(short.errors.map((e) => e.path)).toEqual(['password']);
    expect(await t.db.selectFrom('app_user').select('id').execute()).toHaveLength(usersBefore.length);

    const res = await t.request(url, {
      method: 'POST',
      cookie,
      json: { login: 'sales-a', displayName: '销售', password: 'a long password', roles: ['company-user'] },
    });
    expect(res.status).toBe(201);
    const user = (await res.json()) as Record<string, unknown>;
    expect(user).toMatchObject({
      login: 'sales-a',
      organisationId: companyA.organisationId,
      roles: ['company-user'],
      disabled: false,
    });
    expect(JSON.stringify(user)).not.toMatch(/password|argon/);
    const row = await t.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('login', '=', 'sales-a')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(
      (
        await t.request('/api/auth/login', {
          method: 'POST',
          json: { login: 'sales-a', password: 'a long password' },
        })
      ).status,
    ).toBe(200);
    expect((await audit('user.created')).at(-1)?.payload).toEqual({
      organisationId: companyA.organisationId,
      login: 'sales-a',
      displayName: '销售',
      roles: ['company-user'],
    });
    const dup = await t.request(url, {
      method: 'POST',
      cookie,
      json: { login: 'sales-a', displayName: 'x', password: 'a long password', roles: ['company-user'] },
    });
    expect(dup.status).toBe(409);
    const missing = await t.request(`/api/organisations/${crypto.randomUUID()}/users`, {
      method: 'POST',
      cookie,
      json: { login: 'ghost', displayName: 'g', password: 'a long password', roles: ['auditor'] },
    });
    expect(missing.status).toBe(404);
  });

  it('disables and re-enables a user, ends their sessions, and audits before and after', async () => {
    const victim = await createOrgUser(t.db, 'company', ['company-user'], 'leaver');
    const session = await as('leaver');
    const cookie = await as('admin1');
    const off = await t.request(`/api/users/${victim.userId}`, {
      method: 'PATCH',
      cookie,
      json: { disabled: true },
    });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ disabled: true });
    expect((await t.request('/api/auth/me', { cookie: session })).status).toBe(401);
    expect(
      (await t.request('/api/auth/login', { method: 'POST', json: { login: 'leaver', password: PASSWORD } }))
        .status,
    ).toBe(401);
    const on = await t.request(`/api/users/${victim.userId}`, {
      method: 'PATCH',
      cookie,
      json: { disabled: false },
    });
    expect(await on.json()).toMatchObject({ disabled: false });
    const rows = (await audit('user.updated')).filter((r) => r.subject === `user:${victim.userId}`);
    expect(rows.map((r) => r.payload)).toEqual([
      {
        before: expect.objectContaining({ disabled: false }),
        after: expect.objectContaining({ disabled: true }),
      },
      {
        before: expect.objectContaining({ disabled: true }),
        after: expect.objectContaining({ disabled: false }),
      },
    ]);
  });

  it('refuses roles that do not fit, self-lockout, non-admins, empty changes and unknown users', async () => {
    const cookie = await as('admin1');
    const misfit = await t.request(`/api/users/${companyB.userId}`, {
      method: 'PATCH',
      cookie,
      json: { roles: ['hospital-user'] },
    });
    expect((await problem(misfit)).errors).toMatchObject([
      { path: 'roles[0]', message: expect.stringContaining('hospital') },
    ]);
    const unchanged = await t.db
      .selectFrom('app_user')
      .select('roles')
      .where('id', '=', companyB.userId)
      .executeTakeFirstOrThrow();
    expect(unchanged.roles).toEqual(['company-user']);
    const self = await t.request(`/api/users/${admin.userId}`, {
      method: 'PATCH',
      cookie,
      json: { disabled: true },
    });
    expect(self.status).toBe(409);
    expect((await problem(self)).code).toBe('INVALID_STATE');
    expect(
      (
        await t.request(`/api/users/${admin.userId}`, {
          method: 'PATCH',
          cookie,
          json: { roles: ['auditor'] },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await t.request(`/api/users/${admin.userId}`, {
          method: 'PATCH',
          cookie,
          json: { roles: ['office-admin', 'auditor'] },
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.request(`/api/users/${companyB.userId}`, { method: 'PATCH', cookie, json: {} })).status,
    ).toBe(400);
    expect(
      (
        await t.request(`/api/users/${crypto.randomUUID()}`, {
          method: 'PATCH',
          cookie,
          json: { disabled: true },
        })
      ).status,
    ).toBe(404);
    const byCompany = await t.request(`/api/users/${companyB.userId}`, {
      method: 'PATCH',
      cookie: await as('company-a'),
      json: { disabled: true },
    });
    expect(byCompany.status).toBe(403);
  });
});
