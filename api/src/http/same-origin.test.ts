import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDraftRound } from '../test-support/matrix/matrix-fixtures.js';
import { createOrgUser, ensureRegion, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { signIn } from '../test-support/sign-in.js';

let t: TestContext;
let proxied: TestContext;
let cookie: string;
let token: string;
let draftId: string;

/** A request as a browser sends it: the session cookie, and only the headers given (no test defaults). */
const browser = (ctx: TestContext, path: string, headers: Record<string, string>, init: RequestInit = {}) =>
  ctx.app.request(path, { method: 'POST', ...init, headers: { cookie, ...headers } });

beforeAll(async () => {
  t = await createTestContext();
  proxied = await createTestContext({ TRUST_PROXY: 'true', NODE_ENV: 'production' });
  await ensureRegion(t.db);
  const admin = await createOrgUser(t.db, 'office', ['office-admin'], 'csrf-admin');
  draftId = (await insertDraftRound(t.db, admin.userId)).id;
  cookie = await signIn(t, 'csrf-admin');
  const created = await t.request('/api/auth/tokens', { method: 'POST', cookie, json: { name: 'erp' } });
  token = ((await created.json()) as { token: string }).token;
});
afterAll(async () => {
  await t.close();
  await proxied.close();
});

const roundState = async () =>
  (await t.db.selectFrom('round').select('state').where('id', '=', draftId).executeTakeFirstOrThrow()).state;

describe('cross-site request forgery (issue 8 §7)', () => {
  it('refuses a cross-site form POST carrying the admin cookie, and changes nothing', async () => {
    const tokensBefore = await t.db.selectFrom('api_token').select('id').execute();
    const forged = await browser(t, `/api/rounds/${draftId}/publish`, {
      origin: 'http://evil.example',
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toBe('application/problem+json');
    expect(((await forged.json()) as { code: string }).code).toBe('CROSS_SITE_REQUEST');
    expect(await roundState()).toBe('draft');
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
      { origin: 'http://evil.example', 'content-type': 'application/json' },
      { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' },
      { origin: 'null', 'content-type': 'multipart/form-data; boundary=x' },
      // a form from no browser we can tell: refused, as hono's csrf does
      { 'content-type': 'application/x-www-form-urlencoded' },
      {},
    ]) {
      const res = await browser(t, '/api/auth/tokens', headers, { body: '{"name":"x"}' });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await t.db.selectFrom('api_token').select('id').execute()).toHaveLength(tokensBefore.length);
  });

  it('lets the own origin, JSON clients without a browser, and bearer tokens through', async () => {
    const json = { 'content-type': 'application/json' };
    const body = JSON.stringify({ name: 'ok' });
    expect(
      (await browser(t, '/api/auth/tokens', { ...json, origin: 'http://localhost' }, { body })).status,
    ).toBe(201);
    expect(
      (await browser(t, '/api/auth/tokens', { ...json, 'sec-fetch-site': 'same-origin' }, { body })).status,
    ).toBe(201);
    expect((await browser(t, '/api/auth/tokens', json, { body })).status).toBe(201);
    const bearer = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { ...json, authorization: `Bearer ${token}`, origin: 'http://evil.example' },
      body,
    });
    expect(bearer.status).toBe(201);
    // without a cookie there is nothing to forge: a bare POST from a script passes
    expect((await t.app.request('/api/auth/logout', { method: 'POST' })).status).toBe(204);
    // reads are never refused: a link to a page is not a forgery
    expect(
      (await browser(t, '/api/auth/me', { origin: 'http://evil.example' }, { method: 'GET' })).status,
    ).toBe(200);
  });

  it('behind a trusted proxy, the origin is the one the proxy forwarded', async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'jicai.example.gov.cn' };
    const login = (origin: string) =>
      proxied.app.request('/api/auth/login', {
        method: 'POST',
        headers: { ...forwarded, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'nobody', password: 'wrong password' }),
      });
    expect((await login('https://jicai.example.gov.cn')).status).toBe(401);
    expect((await login('http://jicai.example.gov.cn')).status).toBe(403);
  });
});

describe('security headers (issue 8 §7)', () => {
  const hasBaseHeaders = (res: Response) => {
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    return csp;
  };

  it('sends them on every answer, errors included; HSTS only over https', async () => {
    for (const path of ['/api/health', '/api/nope', '/api/auth/me', '/api/openapi.json']) {
      const res = await t.app.request(path);
      expect(hasBaseHeaders(res)).toContain("default-src 'none'");
      expect(res.headers.get('strict-transport-security'), path).toBe(null);
    }
    const https = await t.app.request('https://jicai.example/api/health');
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const viaProxy = await proxied.app.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    // an untrusted proxy header is ignored
    const forged = await t.app.request('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBe(null);
  });

  it('lets /api/docs load its own scripts, styles, icons and the OpenAPI document', async () => {
    const page = await t.app.request('/api/docs');
    const csp = hasBaseHeaders(page);
    expect(page.headers.get('x-frame-options')).toBe('DENY'); // pages also tell browsers without CSP 2
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(csp).toMatch(/img-src 'self' data:/);
    expect(csp).toMatch(/connect-src 'self'/);
    // the page has no inline script the policy would block
    expect(await page.text()).not.toMatch(/<script>(?!<\/script>)/);
    expect((await t.app.request('/api/docs/docs-init.js')).status).toBe(200);
  });

  it('marks the session cookie Secure in production and behind a proxy that says https', async () => {
    const plain = await t.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'csrf-admin', password: PASSWORD },
    });
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
    const https = await t.app.request('https://jicai.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'csrf-admin', password: PASSWORD }),
    });
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/);
    await createOrgUser(proxied.db, 'office', ['auditor'], 'prod-auditor');
    const production = await proxied.request('/api/auth/login', {
      method: 'POST',
      json: { login: 'prod-auditor', password: PASSWORD },
    });
    expect(production.status).toBe(200);
    expect(production.headers.get('set-cookie')).toMatch(/; Secure/);
  });
});
