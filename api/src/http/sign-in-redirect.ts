import type { Context } from 'hono';
import type { Config } from '../config.js';
import { requestOrigin } from './request-origin.js';

/**
 * The portal links downloads (receipts, agreements, exports, documents) straight to the API. A
 * browser that follows one after its session ended would show the 401 problem as raw JSON; a
 * navigation (Sec-Fetch-Mode, which no script can set) is sent to the sign-in page instead, to
 * come back to the page it came from. Every other caller still gets the problem.
 */
export function signInRedirect(c: Context, config: Pick<Config, 'TRUST_PROXY'>): string | null {
  if (c.req.header('sec-fetch-mode') !== 'navigate') return null;
  const origin = requestOrigin(c, config);
  let back = '/';
  const referer = c.req.header('referer');
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.origin === origin && !url.pathname.startsWith('/api/')) back = url.pathname + url.search;
    } catch {
      // an unreadable Referer: back to the start page
    }
  }
  return `/login?next=${encodeURIComponent(back)}`;
}
