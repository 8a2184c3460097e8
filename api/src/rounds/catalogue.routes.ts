import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { IMPORT_BODY_CONTENT, readImportBody } from '../spreadsheets/import-body.js';
import { CATALOGUE_COLUMNS, MAX_CATALOGUE_ROWS } from './catalogue-import.js';
import {
  CatalogueImportResult,
  Product,
  ProductBody,
  ProductList,
  ProductParams,
} from './catalogue.schema.js';
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
      operationId: 'addProduct',
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
      method: 'post',
      path: '/rounds/{roundId}/products/import',
      operationId: 'importCatalogue',
      tags,
      summary:
        'Import a draft round’s catalogue from .xlsx or CSV, one row per spec: all products or none (office admin)',
      description: `Body: an .xlsx workbook (every non-empty sheet is read), text/csv (UTF-8 with or without BOM, GB18030/GBK, UTF-16), or JSON {"csv": "…"}. Header required, in English or Chinese (docs/data-exchange.md); columns ${CATALOGUE_COLUMNS.join(',')}; a product's own columns repeat on each of its spec rows or stay empty after the first; groups separated by |. The rules are those of addProduct. At most ${MAX_CATALOGUE_ROWS} rows. Any problem (a code already in the round too) answers 422 IMPORT_REJECTED listing every problem with its sheet, row, column, cell and code, and saves nothing.`,
      security: SECURED,
      request: { params: RoundIdParam, body: { required: true, content: IMPORT_BODY_CONTENT } },
      responses: {
        200: { description: 'every product saved', ...json(CatalogueImportResult) },
        ...PROBLEM_RESPONSES,
        422: {
          description:
            'IMPORT_REJECTED: nothing saved; `errors` lists every problem by sheet, row and column',
        },
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const sheets = await readImportBody(c.req, MAX_CATALOGUE_ROWS);
      return c.json(
        await catalogue.importCatalogue(c.var.deps, actor, c.req.valid('param').roundId, sheets),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/products',
      operationId: 'listProducts',
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
      operationId: 'removeProduct',
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
