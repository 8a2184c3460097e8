import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Every request gets an id (the caller's X-Request-Id when sane), echoed in the response and the log. */
export const requestId: MiddlewareHandler = async (c, next) => {
  if (c.get('requestId')) return next(); // round routes get theirs before their code is resolved
  const given = c.req.header('x-request-id');
  const id = given && ACCEPTABLE.test(given) ? given : randomUUID();
  c.set('requestId', id);
  c.header('x-request-id', id);
  await next();
};
