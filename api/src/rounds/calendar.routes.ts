import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  CalendarBody,
  CalendarView,
  WorkingDayList,
  WorkingDaysBody,
  WorkingDaysQuery,
} from './calendar.schema.js';
import * as calendar from './calendar.service.js';
import { RoundIdParam } from './rounds.schema.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['rounds'];

export const calendarRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/calendar',
      operationId: 'setRoundCalendar',
      tags,
      summary:
        'Set a draft round’s calendar (Asia/Shanghai); the objection period is counted in working days',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(CalendarBody), required: true } },
      responses: {
        200: {
          description: 'the calendar in +08:00, with the objection period’s last day',
          ...json(CalendarView),
        },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        await calendar.setCalendar(c.var.deps, actor, c.req.valid('param').roundId, c.req.valid('json')),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar/working-days',
      operationId: 'listWorkingDays',
      tags,
      summary: 'The office’s exceptions to Monday–Friday: holidays and 调休 make-up workdays',
      security: SECURED,
      request: { query: WorkingDaysQuery },
      responses: {
        200: { description: 'the exceptions, by day', ...json(WorkingDayList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      requireActor(c);
      return c.json(wholeList(await calendar.listWorkingDays(c.var.deps, c.req.valid('query').year)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/calendar/working-days',
      operationId: 'setWorkingDays',
      tags,
      summary: 'Replace one year’s holidays and 调休 workdays (office admin)',
      security: SECURED,
      request: { body: { ...json(WorkingDaysBody), required: true } },
      responses: {
        200: { description: 'the year’s exceptions', ...json(WorkingDayList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const body = c.req.valid('json');
      return c.json(
        wholeList(await calendar.replaceWorkingDays(c.var.deps, actor, body.year, body.days)),
        200,
      );
    },
  );
