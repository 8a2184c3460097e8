import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { Config } from '../config.js';
import { AppError } from './app-error.js';
import { requestOrigin } from './request-origin.js';

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;
const SIGN_IN = /^\/api\/auth\/login$/;

const crossSite = () =>
  new AppError('CROSS_SITE_REQUEST', {
    en: "a change signed in by the session cookie must come from this platform's own pages; machine clients send a bearer token",
    zh: '凭会话 Cookie 发起的修改须来自本平台自己的页面；程序客户端请发送 Bearer 令牌',
  });

/**
 * Cross-site request forgery: a write that a browser could send with the session cookie must come
 * from this origin. hono's csrf judges the bodies a foreign page can post without a preflight (form,
 * multipart, text, none) by Origin or Sec-Fetch-Site; for any other body a browser still names
 * where it comes from, and a foreign page is refused too. A request with neither header comes from
 * no browser and carries JSON: it passes. Bearer tokens are exempt: no page can make a browser send
 * one; so is a request without cookies, unless it signs in (a forged sign-in plants the attacker's
 * session in the victim's browser).
 */
export function sameOriginWrites(config: Pick<Config, 'TRUST_PROXY'>): MiddlewareHandler {
  const formCsrf = csrf({ origin: (origin, c) => origin === requestOrigin(c, config) });
  return async (c, next) => {
    if (SAFE_METHOD.test(c.req.method) || c.req.header('authorization')?.startsWith('Bearer ')) {
      return next();
    }
    // nothing for a forged request to ride on: no cookie, and not a sign-in (which would plant one)
    if (c.req.header('cookie') === undefined && !SIGN_IN.test(c.req.path)) return next();
    try {
      await formCsrf(c, async () => {});
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403) throw crossSite();
      throw error;
    }
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const foreign =
      site !== undefined
        ? site !== 'same-origin'
        : origin !== undefined && origin !== requestOrigin(c, config);
    if (foreign) throw crossSite();
    return next();
  };
}
