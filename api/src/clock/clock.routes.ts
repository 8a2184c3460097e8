import { createRoute, z } from '@hono/zod-openapi';
import { formatShanghai } from '@jicai/domain';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.repository.js';
import { requireActor, requireRole } from '../auth/auth.middleware.js';
import { clearRehearsalClock, readDbNow, setRehearsalClock } from '../db/db-clock.js';
import { AppError } from '../http/app-error.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';

const Clock = z
  .object({
    now: z.string().describe('the platform time (database clock), UTC'),
    nowShanghai: z.string(),
    rehearsal: z.object({ speed: z.string(), anchorVirtual: z.string() }).nullable(),
  })
  .openapi('Clock');
const SetClock = z
  .object({
    now: z.string().datetime({ offset: true }).describe('virtual time to start from'),
    speed: z.number().positive().max(100_000).default(1),
  })
  .openapi('RehearsalClock');

async function readClock(db: Parameters<typeof readDbNow>[0]) {
  const now = await readDbNow(db);
  const { rows } = await sql<{
    speed: string;
    anchor_virtual: Date;
  }>`select speed::text, anchor_virtual from clock_setting`.execute(db);
  const r = rows[0];
  return {
    now: now.toISOString(),
    nowShanghai: formatShanghai(now),
    rehearsal: r ? { speed: r.speed, anchorVirtual: r.anchor_virtual.toISOString() } : null,
  };
}

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/**
 * The platform clock is the database's. For rehearsals and tests the office can run it from a chosen
 * instant, faster than real time; refused in production unless ALLOW_REHEARSAL_CLOCK is set.
 */
export const clockRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/clock',
      tags: ['operations'],
      summary: 'Platform time',
      security: SECURED,
      responses: { 200: { description: 'now', ...json(Clock) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      requireActor(c);
      return c.json(await readClock(c.var.deps.db), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/clock',
      tags: ['operations'],
      summary: 'Run a rehearsal clock (not in production)',
      security: SECURED,
      request: { body: { ...json(SetClock), required: true } },
      responses: { 200: { description: 'set', ...json(Clock) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { deps } = c.var;
      if (deps.config.NODE_ENV === 'production')
        throw new AppError('FORBIDDEN', 'the rehearsal clock is off in production');
      const body = c.req.valid('json');
      await deps.db.transaction().execute(async (trx) => {
        await setRehearsalClock(trx, new Date(body.now), body.speed);
        await appendAudit(trx, {
          stream: 'platform',
          actorUserId: actor.userId,
          action: 'clock.rehearsal-set',
          subject: 'clock',
          payload: body,
        });
      });
      return c.json(await readClock(deps.db), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/clock',
      tags: ['operations'],
      summary: 'Back to the real database clock',
      security: SECURED,
      responses: { 200: { description: 'real time', ...json(Clock) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      await c.var.deps.db.transaction().execute(async (trx) => {
        await clearRehearsalClock(trx);
        await appendAudit(trx, {
          stream: 'platform',
          actorUserId: actor.userId,
          action: 'clock.rehearsal-cleared',
          subject: 'clock',
          payload: {},
        });
      });
      return c.json(await readClock(c.var.deps.db), 200);
    },
  );
