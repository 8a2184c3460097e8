import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../app-env.js';
import { authenticate } from '../auth/auth.middleware.js';
import { findRoundIdByCode } from '../rounds/rounds.repository.js';
import { seesDrafts } from '../rounds/rounds.service.js';
import { AppError } from './app-error.js';
import { canonicalRoundCode, ROUND_CODE, UUID } from './ids.js';

const PREFIX = '/api/rounds/';

/**
 * Runs after `requestId`. Every route under /api/rounds/{roundId} accepts the round's code (any
 * case) as well as its id. The code is resolved here, once, before routing: the request is
 * dispatched again with the uuid in its path, so no handler, signature, commitment or audit record
 * ever sees the code spelling. Ids pass straight through (the schemas lower-case them). An unknown
 * code is a 404, and so is a draft's code to anyone who may not see drafts: neither its existence
 * nor its id leaks.
 */
export function resolveRoundCodes(deps: AppDeps, app: () => Hono<any>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // the common case, an id, costs one test on the path Hono already parsed (the bid path is benchmarked)
    const quick = c.req.path.slice(PREFIX.length).split('/', 1)[0] ?? '';
    if (UUID.test(quick)) return next();
    const raw = new URL(c.req.url);
    if (!raw.pathname.startsWith(PREFIX)) return next();
    const segment = raw.pathname.slice(PREFIX.length).split('/', 1)[0] ?? '';
    const typed = safeDecode(segment);
    if (typed === undefined || UUID.test(typed) || !ROUND_CODE.test(typed) || typed.length > 40)
      return next();
    const code = canonicalRoundCode(typed);
    const round = await findRoundIdByCode(deps.db, code);
    if (!round || (!round.published && !(await callerSeesDrafts(c, deps))))
      throw new AppError('NOT_FOUND', { en: `no round with code ${code}`, zh: `没有编号为 ${code} 的轮次` });
    raw.pathname = PREFIX + round.id + raw.pathname.slice(PREFIX.length + segment.length);
    const request = new Request(raw, c.req.raw);
    request.headers.set('x-request-id', c.get('requestId')); // one request, one id in the log
    return app().fetch(request, c.env);
  };
}

/** Only for a draft's code: who is calling, by the same authentication the routes use. */
async function callerSeesDrafts(c: Context<AppEnv>, deps: AppDeps): Promise<boolean> {
  c.set('deps', deps);
  await authenticate(c, async () => {});
  const actor = c.get('actor');
  return actor ? seesDrafts(actor) : false;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
