import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { EXPORT_FORMATS, exportResponse, type ExportTable } from '../spreadsheets/table-export.js';
import { XLSX_TYPE } from '../spreadsheets/xlsx-reader.js';
import { CATALOGUE_COLUMNS, CATALOGUE_HEADERS_ZH } from './catalogue-import.js';
import { RoundIdParam } from './rounds.schema.js';
import { findVisibleRound } from './rounds.service.js';

const FormatQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS)
    .default('xlsx')
    .openapi({
      param: { name: 'format', in: 'query' },
      description: 'xlsx (default) or csv (UTF-8 with BOM)',
    }),
});

/** The import's own columns under their first Chinese header, and no rows: what the office fills in. */
const TEMPLATE: ExportTable<never> = {
  sheet: '品种目录',
  columns: CATALOGUE_COLUMNS.map((column) => ({
    header: CATALOGUE_HEADERS_ZH[column][0] ?? column,
    kind: 'text' as const,
    value: () => null,
    width: column === 'nationalDrugCode' ? 28 : 16,
  })),
  rows: [],
};

export const catalogueTemplateRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/rounds/{roundId}/products/template',
    operationId: 'downloadCatalogueTemplate',
    tags: ['rounds'],
    summary:
      'An empty catalogue file to fill in and import (office admin): the import’s columns with their Chinese headers',
    security: SECURED,
    request: { params: RoundIdParam, query: FormatQuery },
    responses: {
      200: {
        description: 'the template: .xlsx or CSV (UTF-8 with BOM), a header row only',
        content: {
          [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
          'text/csv': { schema: { type: 'string' as const } },
        },
      },
      ...PROBLEM_RESPONSES,
    },
  }),
  async (c) => {
    const actor = requireRole(c, 'office-admin');
    await findVisibleRound(c.var.deps.db, actor, c.req.valid('param').roundId);
    return (await exportResponse(TEMPLATE, c.req.valid('query').format, '品种目录模板')) as never;
  },
);
