import type { MiddlewareHandler } from 'hono';
import { AppError } from '../http/app-error.js';

/** A throttled answer (LOGIN_THROTTLED) tells the client when to try again in `Retry-After` too. */
export const retryAfterHeader: MiddlewareHandler = async (c, next) => {
  await next();
  const wait = c.error instanceof AppError ? c.error.extra.retryAfterSeconds : undefined;
  if (typeof wait === 'number') c.res.headers.set('Retry-After', String(wait));
};
