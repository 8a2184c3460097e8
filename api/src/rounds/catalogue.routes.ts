import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { Product, ProductBody, ProductList, ProductParams } from './catalogue.schema.js';
import * as catalogue from './catalogue.service.js';
import { RoundIdParam } from './rounds.schema.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['rounds'];

export const catalogueRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/products',
      tags,
      summary: 'Add a product with its specs to a draft round’s catalogue (office admin)',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(ProductBody), required: true } },
      responses: { 201: { description: 'the product as stored', ...json(Product) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      return c.json(
        await catalogue.addProduct(c.var.deps, actor, c.req.valid('param').roundId, c.req.valid('json')),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/products',
      tags,
      summary:
        'The round’s catalogue: products with specs, ceilings and representative spec (public once published)',
      security: [],
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the catalogue', ...json(ProductList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      return c.json(
        wholeList(await catalogue.listProducts(c.var.deps, c.var.actor, c.req.valid('param').roundId)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/rounds/{roundId}/products/{productCode}',
      tags,
      summary: 'Remove a product from a draft round’s catalogue (office admin)',
      security: SECURED,
      request: { params: ProductParams },
      responses: { 204: { description: 'removed' }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId, productCode } = c.req.valid('param');
      await catalogue.removeProduct(c.var.deps, actor, roundId, productCode);
      return c.body(null, 204);
    },
  );
