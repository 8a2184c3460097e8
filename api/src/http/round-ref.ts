import type { Hono, MiddlewareHandler } from 'hono';
import type { Db } from '../db/database.js';
import { AppError } from './app-error.js';
import { canonicalRoundCode, ROUND_CODE, UUID } from './ids.js';

const PREFIX = '/api/rounds/';

/**
 * Runs after `requestId`. Every route under /api/rounds/{roundId} accepts the round's code (any case) as well as its id.
 * The code is resolved here, once, before routing: the request is dispatched again with the uuid
 * in its path, so no handler, signature, commitment or audit record ever sees the code spelling.
 * Ids pass straight through (the schemas lower-case them); an unknown code is a 404.
 */
export function resolveRoundCodes(db: Db, app: () => Hono<any>): MiddlewareHandler {
  return async (c, next) => {
    const raw = new URL(c.req.url);
    if (!raw.pathname.startsWith(PREFIX)) return next();
    const segment = raw.pathname.slice(PREFIX.length).split('/', 1)[0] ?? '';
    const typed = safeDecode(segment);
    if (typed === undefined || UUID.test(typed) || !ROUND_CODE.test(typed) || typed.length > 40)
      return next();
    const code = canonicalRoundCode(typed);
    const round = await db.selectFrom('round').select('id').where('code', '=', code).executeTakeFirst();
    if (!round) throw new AppError('NOT_FOUND', `no round with code ${code}`);
    raw.pathname = PREFIX + round.id + raw.pathname.slice(PREFIX.length + segment.length);
    const request = new Request(raw, c.req.raw);
    request.headers.set('x-request-id', c.get('requestId')); // one request, one id in the log
    return app().fetch(request, c.env);
  };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
