import { expect } from 'vitest';
import { createApiClient, type ApiClient, type Problem } from '../client/api-client.js';
import type { RequestsApp } from './sign-in.js';

/** How a test client proves who it is: a session cookie (`name=value`) or a bearer token. */
export interface TestCredentials {
  readonly cookie?: string;
  readonly token?: string;
  readonly headers?: Record<string, string>;
}

/**
 * The generated typed client (`@jicai/api/client`), served in memory by the test's app: the same
 * client the portal and the load test use, so tests call operations by typed path and body.
 */
export function testApi(app: RequestsApp, credentials: TestCredentials = {}): ApiClient {
  const headers: Record<string, string> = { ...credentials.headers };
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials.cookie) {
    headers.cookie = credentials.cookie;
    // a cookie comes from the portal in a browser, which says the request is its own origin's
    headers['sec-fetch-site'] ??= 'same-origin';
  }
  return createApiClient({
    baseUrl: 'http://localhost/api',
    headers,
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const body = request.body ? await request.text() : undefined;
      return app.request(url.pathname + url.search, {
        method: request.method,
        headers: request.headers,
        body,
      });
    },
  });
}

/** What every typed call answers: the body on success, the problem on refusal, and the response. */
export interface Answer<D, E = unknown> {
  readonly data?: D;
  readonly error?: E;
  readonly response: Response;
}

/** The call answers `status` (the body is shown when it does not); its typed body. */
export async function ok<D>(pending: Promise<Answer<D>>, status = 200): Promise<D> {
  const { data, error, response } = await pending;
  expect(response.status, `${response.url}: ${JSON.stringify(error ?? data)}`).toBe(status);
  return data as D;
}

/** The call is refused with problem+json, `status` and `code`; the problem. */
export async function refused(
  pending: Promise<Answer<unknown, Problem>>,
  status: number,
  code: Problem['code'],
): Promise<Problem> {
  const { error, response } = await pending;
  expect(response.status, JSON.stringify(error)).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(error?.code).toBe(code);
  return error as Problem;
}
