import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config.js';
import { isHttps } from './request-origin.js';

/**
 * JSON answers load nothing and no page may frame them (OWASP's REST guidance): `default-src` and
 * `frame-ancestors` say it all for a document that is never rendered as a page.
 */
const API_POLICY = {
  defaultSrc: ["'none'"],
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

/**
 * The headers hono's secureHeaders sends for one policy, worked out once. secureHeaders sets them
 * on the finished response, which makes @hono/node-server build a full web Response per request;
 * set beforehand with `c.header` they ride on the light one (the bid path is benchmarked).
 */
async function headersOf(
  csp: Record<string, string[]>,
  hsts: boolean,
  page: boolean,
): Promise<[string, string][]> {
  const probe = new Hono().use(
    secureHeaders({
      contentSecurityPolicy: csp,
      // what only a page (a top-level or framed document) obeys; for JSON, frame-ancestors already
      // refuses framing, and each header costs every answer, client and server (the bid path is
      // benchmarked: these three were 3 % of its throughput)
      xFrameOptions: page ? 'DENY' : false,
      crossOriginOpenerPolicy: page,
      crossOriginResourcePolicy: page,
      referrerPolicy: 'strict-origin-when-cross-origin',
      strictTransportSecurity: hsts ? HSTS : false,
      // headers for browsers long gone (IE8's download prompt, Flash policies, the XSS auditor) or
      // that only repeat the default: every answer carries them, and the bid path is benchmarked
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      xDnsPrefetchControl: false,
      originAgentCluster: false,
    }),
  );
  probe.get('/', (c) => c.body(null, 204));
  const res = await probe.request('/');
  return [...res.headers];
}

/**
 * Security headers on every answer (errors included): CSP with frame-ancestors 'none',
 * X-Content-Type-Options nosniff, X-Frame-Options DENY, a Referrer-Policy; HSTS only when the
 * browser came over https (directly, or through a proxy that TRUST_PROXY lets us believe), since a
 * plain-http deployment that sent it would lock browsers out.
 */
export function securityHeaders(config: Pick<Config, 'TRUST_PROXY'>): MiddlewareHandler {
  let variants: Promise<[string, string][][]> | undefined;
  return async (c, next) => {
    variants ??= Promise.all([
      headersOf(API_POLICY, false, false),
      headersOf(API_POLICY, true, false),
      headersOf(DOCS_POLICY, false, true),
      headersOf(DOCS_POLICY, true, true),
    ]);
    const all = await variants;
    const which = (c.req.path.startsWith('/api/docs') ? 2 : 0) + (isHttps(c, config) ? 1 : 0);
    for (const [name, value] of all[which] ?? []) c.header(name, value);
    // every answer here is built by the context (c.json, c.body, problemResponse), which takes them
    await next();
  };
}
