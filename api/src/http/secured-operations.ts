import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';

interface SecuredOperation {
  readonly method: string;
  readonly pattern: RegExp;
}

/**
 * The operations the OpenAPI document marks as needing a signed-in caller. Checked before request
 * validation, so an anonymous caller learns "sign in" (401) and never which fields a route expects.
 */
export function securedOperations(api: OpenAPIHono<AppEnv>, basePath: string): SecuredOperation[] {
  const doc = api.getOpenAPI31Document({ openapi: '3.1.0', info: { title: '', version: '' } });
  const out: SecuredOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, { security?: unknown[] }>)) {
      if (!operation?.security?.length) continue;
      const regex = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
      out.push({ method: method.toUpperCase(), pattern: new RegExp(`^${basePath}${regex}/?$`) });
    }
  }
  return out;
}

export function isSecured(operations: readonly SecuredOperation[], method: string, path: string): boolean {
  return operations.some((op) => op.method === method && op.pattern.test(path));
}
