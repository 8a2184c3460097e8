import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { LEADER_LOCK } from '../cluster/leader.js';
import { AppError } from '../http/app-error.js';
import { json } from '../http/openapi-json.js';
import { createRouter } from '../http/router.js';

const Health = z
  .object({
    status: z.literal('ok'),
    database: z.literal('ok'),
    databaseTime: z.string(),
    leader: z.boolean().openapi({
      description:
        'whether some node holds the leader lock, so that timed round steps, notices and audit seals run ' +
        '(false for more than a few seconds: no node is running them; docs/operations.md)',
    }),
  })
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
      const { rows } = await sql<{ now: Date; leader: boolean }>`select jicai_now() as now, exists (
          select 1 from pg_locks where locktype = 'advisory' and granted and objsubid = 2
             and database = (select oid from pg_database where datname = current_database())
             and classid = ${LEADER_LOCK.classid} and objid = ${LEADER_LOCK.objid}) as leader`.execute(
        c.var.deps.db,
      );
      const row = rows[0] as { now: Date; leader: boolean };
      return c.json(
        {
          status: 'ok' as const,
          database: 'ok' as const,
          databaseTime: row.now.toISOString(),
          leader: row.leader,
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
