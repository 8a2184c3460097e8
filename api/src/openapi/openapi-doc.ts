import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { ERROR_STATUS, type ErrorCode } from '../http/app-error.js';

/** The body of every error answer (see problemResponse), so a generated client knows its type. */
const ProblemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    detail: z.string(),
    detailEn: z.string(),
    detailZh: z.string(),
    instance: z.string(),
    requestId: z.string().optional(),
    errors: z.array(
      z.object({
        path: z.string(),
        message: z.string(),
        messageZh: z.string(),
        // imports (CSV/.xlsx) say where in the file, and what kind of problem
        sheet: z.string().nullable().optional(),
        row: z.number().int().optional(),
        column: z.string().nullable().optional(),
        cell: z.string().optional(),
        code: z.string().optional(),
      }),
    ),
  })
  .openapi('Problem', {
    description:
      'RFC 9457 problem details with a stable `code`; some codes add members named for what they hold',
  });

const PROBLEM_BODY = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

type Doc = ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>;

/**
 * Every 4xx/5xx response of the document gets the problem+json body. Added to the finished
 * document, not to each route's responses: a route never returns its errors (it throws AppError),
 * and typed error bodies on the routes would make hono check every `c.json` against them.
 */
function withProblemBodies(generated: Doc): Doc {
  const doc = structuredClone(generated); // the generator may share response objects with the routes
  for (const item of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(item as Record<string, { responses?: object }>)) {
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        if (/^[45]\d\d$/.test(status) && !(response as { content?: unknown }).content) {
          (response as { content?: unknown }).content = PROBLEM_BODY;
        }
      }
    }
  }
  return doc;
}

/** GET /openapi.json on `api`: the OpenAPI 3.1 document of every route registered on it. */
export function serveOpenApiDocument(api: OpenAPIHono<AppEnv>): void {
  api.openAPIRegistry.register('Problem', ProblemSchema);
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'jicai_session',
  });
  let doc: Doc | undefined;
  api.get('/openapi.json', (c) => {
    doc ??= withProblemBodies(
      api.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'Jicai 集采 API',
          version: '0.1.0',
          description:
            'Centralized volume-based procurement. Every error is application/problem+json with a stable `code` and field paths; `title` and `detail` in the language Accept-Language prefers (zh-CN unless English is preferred), `detailEn` and `detailZh` always, and each field problem `{path, message, messageZh}`. Bodies above 64 KiB (bids 128 KiB, CSV imports 4 MiB) answer 413.',
        },
        servers: [{ url: '/api' }],
      }),
    );
    return c.json(doc);
  });
}
