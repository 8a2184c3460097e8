import { createApiClient } from '@jicai/api/client';
import { DEMO_PASSWORD } from './browser';

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The typed API client signed in as a demo user (session cookie), for a test's setup steps that are
 * not what the test is about (the browser does those).
 */
export async function apiAs(baseUrl: string, login: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const cookie = await sessionCookie(baseUrl, login, password);
  return createApiClient({ baseUrl: `${baseUrl}/api`, headers: { cookie } });
}

/** The session cookie of a demo user, as the browser holds it after signing in. */
export async function sessionCookie(
  baseUrl: string,
  login: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const anonymous = createApiClient({ baseUrl: `${baseUrl}/api` });
  const { response, error } = await anonymous.POST('/auth/login', { body: { login, password } });
  if (error) throw new Error(`sign-in as ${login}: ${JSON.stringify(error)}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** The answer's data, or the test fails with the API's problem. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}
