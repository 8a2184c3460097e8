import type { Handle } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { SESSION_COOKIE } from './actor';

/**
 * The public results page, as a signed-out visitor gets it, kept for a moment: the page is the
 * same for every such visitor and changes only when the office publishes, so a crowd reading the
 * results on the day they come out costs one render a second, not one each. Only signed-out GETs
 * of the results page; only 200s that set no cookie; one entry per URL and language. The page
 * ships no script (csr = false), so its CSP nonce guards nothing and may repeat.
 */
const CACHEABLE = /^\/rounds\/[^/]+\/results\/?$/;
const TTL_MS = 1_000;
const MAX_ENTRIES = 500;

interface Entry {
  readonly body: ArrayBuffer;
  readonly headers: [string, string][];
  readonly until: number;
}

const entries = new Map<string, Entry>();

export const publicPageCache: Handle = async ({ event, resolve }) => {
  if (
    event.request.method !== 'GET' ||
    !CACHEABLE.test(event.url.pathname) ||
    event.cookies.get(SESSION_COOKIE) !== undefined ||
    event.request.headers.has('x-sveltekit-invalidated') // a client-side data request, not the page
  ) {
    return resolve(event);
  }
  const key = `${getLocale()}|${event.url.pathname}${event.url.search}`;
  const now = performance.now();
  const hit = entries.get(key);
  if (hit && hit.until > now) return new Response(hit.body, { status: 200, headers: hit.headers });

  const response = await resolve(event);
  if (response.status !== 200 || response.headers.has('set-cookie')) return response;
  const body = await response.arrayBuffer();
  const headers = [...response.headers];
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(key, { body, headers, until: now + TTL_MS });
  return new Response(body, { status: 200, headers });
};
