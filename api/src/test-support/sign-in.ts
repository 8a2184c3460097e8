/** What the integration tests need of a test context (kept structural: test-support is not built). */
interface RequestsApp {
  request(path: string, init?: RequestInit & { json?: unknown; cookie?: string }): Promise<Response>;
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

/** Signs users in once each (session cookies cached by login) for the feature tests. */
export function testSessions(app: RequestsApp, password: string) {
  const cookies = new Map<string, string>();
  return async function as(login: string): Promise<string> {
    const known = cookies.get(login);
    if (known) return known;
    const res = await app.request('/api/auth/login', { method: 'POST', json: { login, password } });
    if (res.status !== 200) throw new Error(`sign-in of ${login} answered ${res.status}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    cookies.set(login, cookie);
    return cookie;
  };
}

/** The problem+json body of a refusal; anything else is a test failure. */
export async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type');
  if (type !== 'application/problem+json')
    throw new Error(`expected application/problem+json, got ${type} (${res.status})`);
  return (await res.json()) as Problem;
}
