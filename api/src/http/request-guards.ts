import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError, type FieldProblem } from './app-error.js';

const KiB = 1024;
/** Any JSON body: every request schema is a few fields (the largest, a round's catalogue, stays far below). */
export const DEFAULT_BODY_LIMIT = 64 * KiB;

/**
 * Routes allowed more than the default, by method and path under /api. A bid is a few hundred
 * bytes, but its technical envelope may hold 20,000 characters (JSON-escaped CJK: 6 bytes each).
 * A demand or catalogue import (.xlsx or CSV) of the 100,000 rows it takes fits in 32 MiB.
 */
const BODY_LIMITS: ReadonlyArray<{ method: string; path: RegExp; bytes: number }> = [
  { method: 'PUT', path: /^\/api\/rounds\/[^/]+\/bids\/[^/]+\/?$/, bytes: 128 * KiB },
  { method: 'POST', path: /^\/api\/rounds\/[^/]+\/demand\/import\/?$/, bytes: 32 * 1024 * KiB },
  { method: 'POST', path: /^\/api\/rounds\/[^/]+\/products\/import\/?$/, bytes: 32 * 1024 * KiB },
];

export const bodyLimitFor = (method: string, path: string): number =>
  BODY_LIMITS.find((l) => l.method === method && l.path.test(path))?.bytes ?? DEFAULT_BODY_LIMIT;

const tooLarge = (bytes: number) =>
  new AppError('PAYLOAD_TOO_LARGE', {
    en: `the request body is larger than this route accepts (${bytes} bytes)`,
    zh: `请求体超过此接口允许的大小（${bytes} 字节）`,
  });

/**
 * Whether the request carries a body, judged on its headers: reading `c.req.raw.body` would make
 * @hono/node-server build a full web Request and stream for every request (≈ 30 % of the bid
 * path's throughput), where `c.req.json()` reads the socket directly.
 */
const judged = new WeakMap<object, { length: number | undefined; chunked: boolean }>();
const bodyHeaders = (c: Context) => {
  let seen = judged.get(c); // both guards ask; header lookups scan the raw headers each time
  if (!seen) {
    const length = c.req.header('content-length');
    // over HTTP/1.1 a body comes with one of the two; a Request made in-process may have neither
    const streamed =
      c.req.header('transfer-encoding') !== undefined ||
      (length === undefined && c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.raw.body !== null);
    seen = { length: length === undefined ? undefined : Number(length), chunked: streamed };
    judged.set(c, seen);
  }
  return seen;
};

/** 413 above the route's limit, judged on Content-Length or, without one, while the body streams in. */
export function limitBodies(): MiddlewareHandler {
  const limiters = new Map<number, MiddlewareHandler>();
  return (c, next) => {
    const bytes = bodyLimitFor(c.req.method, c.req.path);
    const { length, chunked } = bodyHeaders(c);
    if (!chunked) {
      if (length !== undefined && length > bytes) throw tooLarge(bytes);
      return next();
    }
    let limiter = limiters.get(bytes);
    if (!limiter) {
      limiter = bodyLimit({
        maxSize: bytes,
        onError: () => {
          throw tooLarge(bytes);
        },
      });
      limiters.set(bytes, limiter);
    }
    return limiter(c, next);
  };
}

/** NUL, which PostgreSQL refuses in text, and UTF-16 surrogates without their pair, which UTF-8 cannot carry. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Cheap first look (one character class): most text has neither NUL nor any surrogate. */
const SUSPECT = /[\u0000\ud800-\udfff]/;

export const unstorableText = (text: string): string | null => {
  if (!SUSPECT.test(text)) return null;
  const m = UNSTORABLE.exec(text);
  if (!m) return null;
  return m[0] === '\u0000' ? 'a NUL character (U+0000)' : 'a lone UTF-16 surrogate (not a character)';
};

const problem = (path: string, what: string): FieldProblem => ({
  path,
  message: `contains ${what}: remove it`,
  messageZh: `包含无法保存的字符（${what.includes('NUL') ? 'NUL 空字符' : '不成对的代理项'}），请删除`,
});

/** Every string (and key) of a parsed JSON body that holds an unstorable character, by JSON path. */
export function findUnstorable(value: unknown, limit = 20): FieldProblem[] {
  const found: FieldProblem[] = [];
  // iterative: a body of 60,000 nested arrays must not overflow the stack
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length && found.length < limit) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      const what = unstorableText(v);
      if (what) found.push(problem(path || '$', what));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v).reverse()) {
        const at = path ? `${path}.${k}` : k;
        const what = unstorableText(k);
        if (what) found.push(problem(at, what));
        stack.push([child, at]);
      }
    }
  }
  return found;
}

/**
 * What the path and query would decode to. A request line is ASCII: without a `%` escape it
 * cannot spell NUL or a surrogate, so most requests are not parsed again here.
 */
function urlProblems(href: string): FieldProblem[] {
  if (!href.includes('%')) return [];
  const url = new URL(href);
  const problems: FieldProblem[] = [];
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // malformed escapes stay as they are: the routes' own validation refuses them
  }
  const inPath = /%00/i.test(url.pathname) ? 'a NUL character (U+0000)' : unstorableText(path);
  if (inPath) problems.push(problem('path', inPath));
  for (const [name, value] of url.searchParams) {
    const what = unstorableText(name) ?? unstorableText(value);
    if (what) problems.push(problem(`query.${name}`, what));
  }
  return problems;
}

const isJson = (type: string | undefined) => /^application\/([a-z.-]+\+)?json/i.test(type ?? '');

/**
 * Refuses, before any route reads them, text the database cannot store: in the path (`%00`), the
 * query, or any string of a JSON body. 400 VALIDATION_FAILED naming the field; nothing is written.
 * A body that is not JSON is left to the route's validator (MALFORMED_REQUEST).
 */
export function refuseUnstorableText(): MiddlewareHandler {
  return async (c, next) => {
    const problems = urlProblems(c.req.url);
    const { length, chunked } = bodyHeaders(c);
    if (!problems.length && (chunked || (length ?? 0) > 0) && isJson(c.req.header('content-type'))) {
      let body: unknown;
      try {
        // parsed once: the route's validator reads the same cached value
        body = await c.req.json();
      } catch {
        body = undefined;
      }
      problems.push(...findUnstorable(body));
    }
    if (problems.length) {
      const join = (zh: boolean) =>
        problems
          .map((p) => `${p.path}${zh ? '：' : ': '}${zh ? p.messageZh : p.message}`)
          .join(zh ? '；' : '; ');
      throw new AppError('VALIDATION_FAILED', { en: join(false), zh: join(true) }, problems);
    }
    await next();
  };
}
