import { env } from '$env/dynamic/private';
import { createApiClient } from '@jicai/api/client';
import type { RequestEvent } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';

interface Bridge {
  fetch(request: Request, clientAddress: string): Promise<Response>;
}

/** Set by the API's process (api/src/portal.ts), which serves this portal: calls stay in-process. */
const bridge = () => (globalThis as Record<symbol, Bridge | undefined>)[Symbol.for('jicai.api-bridge')];

/**
 * The typed API client for one request, as the signed-in visitor: their session cookie, their
 * language (problem titles come back in it) and their address (the API throttles sign-ins by it).
 * In the platform's process it calls the API in-process; under `vite dev` over HTTP (API_ORIGIN).
 */
export function api(event: RequestEvent) {
  const headers: Record<string, string> = { 'accept-language': getLocale() };
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  const inProcess = bridge();
  const address = (() => {
    try {
      return event.getClientAddress();
    } catch {
      return 'unknown';
    }
  })();
  const baseUrl = inProcess
    ? 'http://portal.internal/api'
    : `${env.API_ORIGIN ?? 'http://127.0.0.1:3000'}/api`;
  // a body-less write (publish, start, close…) must name its origin (api/src/http/same-origin.ts):
  // the portal's server code is this platform's own page, and SvelteKit checked the browser's origin
  headers.origin = new URL(baseUrl).origin;
  return createApiClient({
    baseUrl,
    fetch: inProcess ? (request: Request) => inProcess.fetch(request, address) : fetch,
    headers,
  });
}

export type Api = ReturnType<typeof api>;
