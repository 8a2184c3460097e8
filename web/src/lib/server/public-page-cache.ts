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

interface Page {
  readonly body: ArrayBuffer;
  readonly headers: [string, string][];
}

interface Entry {
  page: Page | null;
  until: number;
  /** the one render in flight for this key: everyone else waits for it, or takes the last copy */
  rendering: Promise<Page | null> | null;
}

const entries = new Map<string, Entry>();

const answer = (page: Page) => new Response(page.body, { status: 200, headers: page.headers });

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
  let entry = entries.get(key);
  if (!entry) {
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entry = { page: null, until: 0, rendering: null };
    entries.set(key, entry);
  }
  // fresh, or being renewed by another request (a crowd never renders the page all at once)
  if (entry.page && (entry.until > performance.now() || entry.rendering)) return answer(entry.page);
  if (entry.rendering) {
    const page = await entry.rendering;
    return page ? answer(page) : resolve(event);
  }
  let settle: (page: Page | null) => void = () => {};
  entry.rendering = new Promise((done) => (settle = done));
  try {
    const response = await resolve(event);
    if (response.status !== 200 || response.headers.has('set-cookie')) {
      settle(null);
      return response;
    }
    const page: Page = { body: await response.arrayBuffer(), headers: [...response.headers] };
    entry.page = page;
    entry.until = performance.now() + TTL_MS;
    settle(page);
    return answer(page);
  } catch (error) {
    settle(null);
    throw error;
  } finally {
    entry.rendering = null;
  }
};
