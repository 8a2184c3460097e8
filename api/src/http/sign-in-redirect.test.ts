import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('a browser whose session ended follows a download link to the API', () => {
  it('is sent to sign in, to come back to the page it came from', async () => {
    const res = await t.request('/api/company-documents', {
      headers: {
        'sec-fetch-mode': 'navigate',
        referer: 'http://localhost/company/documents?x=1',
      },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/company/documents?x=1')}`);
  });

  it('never back to another site or to the API itself', async () => {
    for (const referer of ['https://evil.example/x', 'http://localhost/api/company-documents', 'not a url']) {
      const res = await t.request('/api/company-documents', {
        headers: { 'sec-fetch-mode': 'navigate', referer },
      });
      expect(res.headers.get('location')).toBe('/login?next=%2F');
    }
  });

  it('still answers every other caller the 401 problem', async () => {
    const res = await t.request('/api/company-documents', { headers: { 'sec-fetch-mode': 'cors' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
