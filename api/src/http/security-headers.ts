import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config.js';
import { isHttps } from './request-origin.js';

/** JSON answers load nothing: no script, style or frame, and no page may frame them. */
const API_POLICY = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * /api/docs is Swagger UI served from our own origin (docs-page.ts): its scripts are files, never
 * inline; it sets inline styles and draws icons from data: URIs, and fetches /api/openapi.json.
 */
const DOCS_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

function variant(csp: Record<string, string[]>, hsts: boolean) {
  return secureHeaders({
    contentSecurityPolicy: csp,
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    strictTransportSecurity: hsts ? HSTS : false,
  });
}

/**
 * Security headers on every answer (errors included): CSP with frame-ancestors 'none',
 * X-Content-Type-Options nosniff, X-Frame-Options DENY, a Referrer-Policy; HSTS only when the
 * browser came over https (directly, or through a proxy that TRUST_PROXY lets us believe), since a
 * plain-http deployment that sent it would lock browsers out.
 */
export function securityHeaders(config: Pick<Config, 'TRUST_PROXY'>): MiddlewareHandler {
  const api = [variant(API_POLICY, false), variant(API_POLICY, true)] as const;
  const docs = [variant(DOCS_POLICY, false), variant(DOCS_POLICY, true)] as const;
  return (c, next) => {
    const set = c.req.path.startsWith('/api/docs') ? docs : api;
    return set[isHttps(c, config) ? 1 : 0](c, next);
  };
}
