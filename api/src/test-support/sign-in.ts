import { testApi } from './api-client.js';
import { PASSWORD } from './fixtures.js';

/**
 * The one way tests sign in: `POST /api/auth/login`, then the session cookie's `name=value` to send
 * back. Every test client (feature tests, the full round, the lifecycle, the matrix) goes through
 * here, so a change to how the platform hands out sessions is made once.
 */

/** What sign-in needs of a test context (kept structural: test-support is not built). */
export interface RequestsApp {
  request(path: string, init?: RequestInit & { json?: unknown; cookie?: string }): Promise<Response>;
}

/** The `name=value` of an answer's session cookie (empty when it set none), as a browser sends it back. */
export function sessionCookie(res: Response): string {
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Signs `login` in; its session cookie. Anything but 200 fails the test that asked. */
export async function signIn(app: RequestsApp, login: string, password = PASSWORD): Promise<string> {
  const { response } = await testApi(app).POST('/auth/login', { body: { login, password } });
  if (response.status !== 200) throw new Error(`sign-in of ${login} answered ${response.status}`);
  return sessionCookie(response);
}

/** Signs users in once each (session cookies cached by login) for the feature tests. */
export function testSessions(app: RequestsApp, password = PASSWORD) {
  const cookies = new Map<string, string>();
  return async function as(login: string): Promise<string> {
    const known = cookies.get(login);
    if (known) return known;
    const cookie = await signIn(app, login, password);
    cookies.set(login, cookie);
    return cookie;
  };
}

export interface Problem {
  readonly code: string;
  readonly detail: string;
  /** the detail in English and in Chinese, whatever Accept-Language chose for `detail` */
  readonly detailEn: string;
  readonly detailZh: string;
  readonly requestId?: string;
  readonly errors: { path: string; message: string; messageZh?: string }[];
}

/** The problem+json body of a refusal; anything else is a test failure. */
export async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type');
  if (type !== 'application/problem+json')
    throw new Error(`expected application/problem+json, got ${type} (${res.status})`);
  return (await res.json()) as Problem;
}
