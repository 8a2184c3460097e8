import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Config } from '../config.js';

type ProxyConfig = Pick<Config, 'TRUST_PROXY'>;

/** The first value of a comma-separated forwarding header, trimmed and lower-cased. */
const firstOf = (value: string | undefined) => value?.split(',')[0]?.trim().toLowerCase() || undefined;

/** Whether the browser reached us over https: the URL says so, or a trusted proxy does. */
export function isHttps(c: Context, config: ProxyConfig): boolean {
  if (c.req.url.startsWith('https:')) return true;
  return config.TRUST_PROXY && firstOf(c.req.header('x-forwarded-proto')) === 'https';
}

/** The origin the browser sees: behind a trusted proxy, the scheme and host it forwarded. */
export function requestOrigin(c: Context, config: ProxyConfig): string {
  const url = new URL(c.req.url);
  if (!config.TRUST_PROXY) return url.origin;
  const proto = firstOf(c.req.header('x-forwarded-proto')) ?? url.protocol.slice(0, -1);
  const host = firstOf(c.req.header('x-forwarded-host')) ?? c.req.header('host') ?? url.host;
  return `${proto}://${host}`;
}

/**
 * The caller's network address, for login throttling. Behind a trusted proxy it is the last
 * X-Forwarded-For entry (the one our proxy appended; earlier ones are the client's to forge).
 */
export function clientAddress(c: Context, config: ProxyConfig): string {
  if (config.TRUST_PROXY) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}
