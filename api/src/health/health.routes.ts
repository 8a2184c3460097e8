import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { AppError } from '../http/app-error.js';
import { json } from '../http/openapi-json.js';
import { createRouter } from '../http/router.js';

const Health = z
  .object({ status: z.literal('ok'), database: z.literal('ok'), databaseTime: z.string() })
  .openapi('Health');

export const healthRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    operationId: 'getHealth',
    security: [],
    tags: ['operations'],
    summary: 'Liveness with a database round trip',
    responses: {
      200: { description: 'up', ...json(Health) },
      503: { description: 'DATABASE_UNAVAILABLE' },
    },
  }),
  async (c) => {
    try {
      const { rows } = await sql<{ now: Date }>`select jicai_now() as now`.execute(c.var.deps.db);
      return c.json(
        {
          status: 'ok' as const,
          database: 'ok' as const,
          databaseTime: (rows[0] as { now: Date }).now.toISOString(),
        },
        200,
      );
    } catch (error) {
      const why = (error as Error).message;
      throw new AppError('DATABASE_UNAVAILABLE', {
        en: `the database does not answer: ${why}`,
        zh: `数据库无响应：${why}`,
      });
    }
  },
);
