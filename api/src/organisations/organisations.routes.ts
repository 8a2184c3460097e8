import { createRoute } from '@hono/zod-openapi';
import { requireActor, requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  CreateOrganisationBody,
  CreateUserBody,
  Organisation,
  OrganisationIdParam,
  OrganisationList,
  OrganisationQuery,
  UpdateUserBody,
  User,
  UserIdParam,
  UserList,
} from './organisations.schema.js';
import * as organisations from './organisations.service.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['accounts'];

export const organisationsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/organisations',
      operationId: 'createOrganisation',
      tags,
      summary: 'Register an organisation (office admin); hospitals and companies need a valid USCC',
      security: SECURED,
      request: { body: { ...json(CreateOrganisationBody), required: true } },
      responses: { 201: { description: 'created', ...json(Organisation) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(await organisations.createOrganisation(c.var.deps, actor, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      operationId: 'listOrganisations',
      tags,
      summary: 'Organisations: all for office admins and auditors, otherwise only your own',
      security: SECURED,
      request: { query: OrganisationQuery },
      responses: { 200: { description: 'organisations', ...json(OrganisationList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(await organisations.listOrganisations(c.var.deps, actor, { limit, cursor }, filter), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}',
      operationId: 'getOrganisation',
      tags,
      summary: 'One organisation (your own, or any for office admins and auditors)',
      security: SECURED,
      request: { params: OrganisationIdParam },
      responses: { 200: { description: 'the organisation', ...json(Organisation) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await organisations.getOrganisation(c.var.deps, actor, c.req.valid('param').id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/organisations/{id}/users',
      operationId: 'createUser',
      tags,
      summary: 'Create a user in an organisation (office admin); every role must fit the organisation kind',
      security: SECURED,
      request: { params: OrganisationIdParam, body: { ...json(CreateUserBody), required: true } },
      responses: { 201: { description: 'created', ...json(User) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        await organisations.createUser(c.var.deps, actor, c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}/users',
      operationId: 'listUsers',
      tags,
      summary: "An organisation's users (your own, or any for office admins and auditors)",
      security: SECURED,
      request: { params: OrganisationIdParam, query: PageQuery },
      responses: { 200: { description: 'users', ...json(UserList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await organisations.listUsers(c.var.deps, actor, id, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      operationId: 'updateUser',
      tags,
      summary: 'Disable or enable a user, rename, or change roles (office admin)',
      security: SECURED,
      request: { params: UserIdParam, body: { ...json(UpdateUserBody), required: true } },
      responses: { 200: { description: 'updated', ...json(User) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        await organisations.updateUser(c.var.deps, actor, c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );
