import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { AppError, type FieldProblem } from './app-error.js';

const TITLES: Record<string, string> = {
  VALIDATION_FAILED: 'The request has invalid fields',
  MALFORMED_REQUEST: 'The request body is not valid JSON',
  IMPORT_REJECTED: 'The import was rejected; nothing was saved',
  UNAUTHENTICATED: 'Sign in first',
  BAD_CREDENTIALS: 'Wrong login or password',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflicts with the current data',
  INVALID_STATE: 'Not possible in the current state',
  DEADLINE_PASSED: 'The deadline has passed',
  LOGIN_THROTTLED: 'Too many failed logins',
  ACCOUNT_LOCKED: 'The account is locked',
  WEAK_PASSWORD: 'The password is too weak',
  CROSS_SITE_REQUEST: 'Cross-site request refused',
  DATABASE_UNAVAILABLE: 'The database is unavailable',
  INTERNAL: 'Internal error',
};

/** RFC 9457 problem details, with our stable `code`, the field paths and the request id. */
export function problemResponse(c: Context, error: AppError): Response {
  const body = {
    type: `https://jicai.local/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[error.code] ?? error.code,
    status: error.status,
    code: error.code,
    detail: error.message,
    instance: c.req.path,
    requestId: c.get('requestId') as string | undefined,
    errors: error.errors,
    ...error.extra,
  };
  return c.body(JSON.stringify(body), error.status as 400, { 'content-type': 'application/problem+json' });
}

/** zod issue paths as the client wrote them: `products[2].specs[0].ceiling`. */
export function zodProblems(error: ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => {
    let path = prefix;
    for (const key of issue.path) {
      path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
    }
    return { path: path || '$', message: issue.message };
  });
}

export function validationError(error: ZodError, prefix = ''): AppError {
  const errors = zodProblems(error, prefix);
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new AppError('VALIDATION_FAILED', detail, errors);
}
