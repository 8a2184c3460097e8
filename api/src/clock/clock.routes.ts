import { createRoute } from '@hono/zod-openapi';
import { formatShanghai } from '@jicai/domain';
import { requireActor, requireRole } from '../auth/auth.middleware.js';
import { readDbNow } from '../db/db-clock.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { RoundIdParam } from '../rounds/rounds.schema.js';
import { Clock, RoundClock, SetRoundClock } from './clock.schema.js';
import { changeRoundClock, getRoundClock } from './round-clock.service.js';
import { json } from '../http/openapi-json.js';

/**
 * The platform clock is the database's real time. For rehearsals and tests the office can run one
 * round's clock from a chosen instant, faster than real time; refused in production.
 */
export const clockRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/clock',
      operationId: 'getPlatformClock',
      tags: ['operations'],
      summary: 'Platform time',
      security: SECURED,
      responses: { 200: { description: 'now', ...json(Clock) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      requireActor(c);
      const now = await readDbNow(c.var.deps.db);
      return c.json({ now: now.toISOString(), nowShanghai: formatShanghai(now) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/clock',
      operationId: 'getRoundClock',
      tags: ['operations'],
      summary: 'The round’s time, on which its deadlines are judged',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the round’s time', ...json(RoundClock) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await getRoundClock(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/clock',
      operationId: 'setRehearsalClock',
      tags: ['operations'],
      summary: 'Run a rehearsal clock on one round (not in production)',
      description:
        'Only this round’s deadlines move; sessions, tokens and other rounds keep the platform time.',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(SetRoundClock), required: true } },
      responses: { 200: { description: 'set', ...json(RoundClock) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(await changeRoundClock(c.var.deps, actor, roundId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/rounds/{roundId}/clock',
      operationId: 'resetRoundClock',
      tags: ['operations'],
      summary: 'Back to the platform time for this round',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'platform time', ...json(RoundClock) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await changeRoundClock(c.var.deps, actor, c.req.valid('param').roundId, null), 200);
    },
  );
