import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { calendarRoutes } from './calendar.routes.js';
import { catalogueRoutes } from './catalogue.routes.js';
import {
  CancelRoundBody,
  CreateRoundBody,
  PatchRoundBody,
  RegionList,
  Round,
  RoundIdParam,
  RoundList,
} from './rounds.schema.js';
import * as rounds from './rounds.service.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['rounds'];

export const roundsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/regions',
      tags,
      summary: 'The regions (province-level units) an alliance is made of',
      security: SECURED,
      responses: { 200: { description: 'every region', ...json(RegionList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      requireActor(c);
      return c.json(await rounds.listRegions(c.var.deps), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds',
      tags,
      summary:
        'Create a draft round for an alliance of regions, with a built-in ruleset or an override (office admin)',
      security: SECURED,
      request: { body: { ...json(CreateRoundBody), required: true } },
      responses: { 201: { description: 'created', ...json(Round) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await rounds.createRound(c.var.deps, actor, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds',
      tags,
      summary:
        'Rounds, newest first: the office and auditors see drafts, everyone else (signed out too) published rounds',
      security: [],
      request: { query: PageQuery },
      responses: {
        200: { description: 'the rounds visible to the caller', ...json(RoundList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      return c.json(await rounds.listRounds(c.var.deps, c.var.actor, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}',
      tags,
      summary: 'One round (public once published; a draft is 404 outside the office)',
      security: [],
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the round', ...json(Round) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      return c.json(await rounds.roundView(c.var.deps.db, c.var.actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/rounds/{roundId}',
      tags,
      summary: "Change a draft round's name, regions or ruleset (office admin); refused once published",
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(PatchRoundBody), required: true } },
      responses: { 200: { description: 'the changed round', ...json(Round) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        await rounds.patchRound(c.var.deps, actor, c.req.valid('param').roundId, c.req.valid('json')),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/publish',
      tags,
      summary: 'Publish a draft round: freezes its ruleset; refusals carry the domain’s `refusal` code',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the published round', ...json(Round) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await rounds.publishRound(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/cancel',
      tags,
      summary: 'Cancel a round, with a reason (office admin)',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(CancelRoundBody), required: true } },
      responses: { 200: { description: 'the cancelled round', ...json(Round) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        await rounds.cancelRound(c.var.deps, actor, c.req.valid('param').roundId, c.req.valid('json').reason),
        200,
      );
    },
  )
  .route('/', calendarRoutes)
  .route('/', catalogueRoutes);
