import { createHash } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { IMPORT_BODY_CONTENT, readImportBody } from '../spreadsheets/import-body.js';
import { exportResponse } from '../spreadsheets/table-export.js';
import { XLSX_TYPE } from '../spreadsheets/xlsx-reader.js';
import { MAX_PURCHASE_ROWS, PURCHASE_COLUMNS } from './purchase-import-sheet.js';
import {
  FormatQuery,
  ImportQuery,
  ImportsQuery,
  PurchaseImport,
  PurchaseImportList,
  RoundParam,
} from './purchase-import.schema.js';
import * as imports from './purchase-import.service.js';
import { purchaseTemplateTable } from './purchase-template.js';

const tags = ['purchases'];

/** A hospital's purchase records from its own system (HIS), as .xlsx or CSV. */
export const purchaseImportRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/purchases/import',
      operationId: 'importPurchases',
      tags,
      summary:
        'A hospital imports its purchase records (.xlsx or CSV): all rows or none; a re-sent file adds nothing',
      description: `Body: the file itself, as the other imports (docs/data-exchange.md). Columns ${PURCHASE_COLUMNS.join(',')} in English or Chinese (入库单号, 产品编码, 企业, 规格编码, 数量（盒）, 单价, 金额, 入库日期). At most ${MAX_PURCHASE_ROWS} rows. The same bytes again answer the first import (repeated: true). Any problem answers 422 IMPORT_REJECTED listing every problem by sheet, row, column and code, and saves nothing.`,
      security: SECURED,
      request: {
        params: RoundParam,
        query: ImportQuery,
        body: { required: true, content: IMPORT_BODY_CONTENT },
      },
      responses: {
        200: {
          description: 'every line recorded (or the earlier import of the same file)',
          ...json(PurchaseImport),
        },
        ...PROBLEM_RESPONSES,
        422: { description: 'IMPORT_REJECTED: nothing saved; `errors` lists every problem by row' },
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      // Hono keeps the body: the import reads the same bytes the hash is of
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const sheets = await readImportBody(c.req, MAX_PURCHASE_ROWS);
      const file = { sha256, name: c.req.valid('query').fileName };
      return c.json(
        await imports.importPurchases(c.var.deps, actor, c.req.valid('param').roundId, file, sheets),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/purchases/imports',
      operationId: 'listPurchaseImports',
      tags,
      summary: 'The own hospital’s purchase imports of a round, newest first, with what each recorded',
      security: SECURED,
      request: { params: RoundParam, query: ImportsQuery },
      responses: {
        200: { description: 'a page of imports', ...json(PurchaseImportList) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const { roundId } = c.req.valid('param');
      return c.json(await imports.listPurchaseImports(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/purchases/import-template',
      operationId: 'downloadPurchaseTemplate',
      tags,
      summary: 'The purchase import template (.xlsx or CSV): the header and one row per own agreement line',
      security: SECURED,
      request: { params: RoundParam, query: FormatQuery },
      responses: {
        200: {
          description: 'the template, Chinese headers as importPurchases reads them',
          content: {
            [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
            'text/csv': { schema: { type: 'string' as const } },
          },
        },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'hospital-user');
      const lines = await imports.templateLines(c.var.deps, actor, c.req.valid('param').roundId);
      return (await exportResponse(
        purchaseTemplateTable(lines),
        c.req.valid('query').format,
        '采购记录导入模板',
      )) as never;
    },
  );
