import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUser, PASSWORD } from './test-support/fixtures.js';
import { createTestContext, type TestContext } from './test-support/test-context.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ LOGIN_MAX_FAILURES: '3' });
  await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
});
afterAll(() => t.close());

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as {
    code: string;
    detail: string;
    errors: { path: string; message: string }[];
    requestId: string;
  };
}

describe('platform foundation on real PostgreSQL', () => {
  it('health checks the database', async () => {
    const res = await t.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('serves an OpenAPI 3.1 document and the docs page', async () => {
    const doc = (await (await t.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/auth/login');
    const page = await t.request('/api/docs');
    expect(await page.text()).toContain('swagger-ui-bundle.js');
    expect((await t.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('answers unknown routes, malformed JSON and invalid fields with problem+json', async () => {
    const missing = await t.request('/api/nope');
    expect(missing.status).toBe(404);
    expect((await problem(missing)).code).toBe('NOT_FOUND');
    const malformed = await t.request('/api/auth/login', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect((await problem(malformed)).code).toBe('MALFORMED_REQUEST');
    const invalid = await t.request('/api/auth/login', { method: 'POST', json: { login: '', password: 5 } });
    const p = await problem(invalid);
    expect(invalid.status).toBe(400);
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.errors.map((e) => e.path)).toEqual(['login', 'password']);
    expect(p.requestId).toBe(invalid.headers.get('x-request-id'));
  });

  it('signs in with an httpOnly SameSite cookie, then with a bearer token', async () => {
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'admin1', password: PASSWORD },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const session = cookie.split(';')[0] as string;
    const me = await t.request('/api/auth/me', { cookie: session });
    expect(await me.json()).toMatchObject({
      login: 'admin1',
      organisationKind: 'office',
      roles: ['office-admin'],
    });
    const created = await t.request('/api/auth/tokens', {
      method: 'POST',
      cookie: session,
      json: { name: 'erp' },
    });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    expect((await t.request('/api/auth/me', { token })).status).toBe(200);
    expect((await problem(await t.request('/api/auth/me', { token: 'jct_forged' }))).code).toBe(
      'UNAUTHENTICATED',
    );
    await t.request('/api/auth/logout', { method: 'POST', cookie: session });
    expect((await t.request('/api/auth/me', { cookie: session })).status).toBe(401);
  });

  it('throttles repeated failed logins, even with the right password', async () => {
    await createOrgUser(t.db, 'office', ['auditor'], 'victim');
    for (let i = 0; i < 3; i++) {
      const res = await t.request('/api/auth/login', {
        method: 'POST',
        json: { login: 'victim', password: 'wrong' },
      });
      expect((await problem(res)).code).toBe('BAD_CREDENTIALS');
    }
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'victim', password: PASSWORD },
    });
    expect(res.status).toBe(429);
    expect((await problem(res)).code).toBe('LOGIN_THROTTLED');
  });

  it('keeps the audit log append-only and chained', async () => {
    const rows = await t.db.selectFrom('audit_event').selectAll().orderBy('id').execute();
    expect(rows.length).toBeGreaterThan(0);
    await expect(t.db.updateTable('audit_event').set({ action: 'forged' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/);
  });
});
