import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { validationError } from './problem.js';

/**
 * A feature's sub-app: request validation failures become VALIDATION_FAILED problems with the
 * field paths, the same way everywhere (one hook, not one try/catch per route).
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const where = result.target === 'json' ? '' : result.target === 'param' ? 'path' : result.target;
        throw validationError(result.error, where);
      }
    },
  });
}

/** The error responses every route documents: all application/problem+json. */
export const PROBLEM_RESPONSES = {
  400: { description: 'invalid request (problem+json, code VALIDATION_FAILED)' },
  401: { description: 'not signed in (problem+json, code UNAUTHENTICATED)' },
  403: { description: 'not allowed for this role or tenant (problem+json, code FORBIDDEN)' },
  404: { description: 'not found (problem+json, code NOT_FOUND)' },
  409: { description: 'conflicts with the current state (problem+json)' },
} as const;

/** Routes that need a signed-in actor accept a bearer token or the session cookie. */
export const SECURED: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];
