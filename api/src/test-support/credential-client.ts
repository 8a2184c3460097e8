import { testApi } from './api-client.js';
import type { TestContext } from './test-context.js';
import { sessionCookie } from './sign-in.js';

export interface LoginAnswer {
  readonly status: number;
  readonly code: string | undefined;
  readonly retryAfter: string | null;
  readonly cookie: string;
}

/**
 * Sign-ins from chosen addresses: the test context must trust the proxy (TRUST_PROXY=true), which
 * makes the last X-Forwarded-For entry the caller's address.
 */
export function credentialClient(t: TestContext) {
  async function loginFrom(ip: string, login: string, password: string): Promise<LoginAnswer> {
    const { response, error } = await testApi(t).POST('/auth/login', {
      body: { login, password },
      headers: { 'x-forwarded-for': `203.0.113.250, ${ip}` },
    });
    return {
      status: response.status,
      code: error?.code,
      retryAfter: response.headers.get('retry-after'),
      cookie: sessionCookie(response),
    };
  }

  async function auditActions(subject: string): Promise<string[]> {
    const rows = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('stream', '=', 'accounts')
      .where('subject', '=', subject)
      .orderBy('seq')
      .execute();
    return rows.map((r) => r.action);
  }

  return { loginFrom, auditActions };
}
