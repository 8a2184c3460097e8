import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { roundIdParam } from '../http/ids.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { agreedVolumesTable, demandTotalsTable, evaluationResultTable } from './exports.js';
import { EXPORT_FORMATS, exportResponse } from './table-export.js';
import { XLSX_TYPE } from './xlsx-reader.js';

const tags = ['exports'];
const RoundParam = z.object({ roundId: roundIdParam() });
const FormatQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS)
    .default('xlsx')
    .openapi({
      param: { name: 'format', in: 'query' },
      description: 'xlsx (default) or csv (UTF-8 with BOM)',
    }),
});
const FILE = {
  description: 'the file: .xlsx with Chinese headers, or CSV (UTF-8 with BOM); money as exact decimals',
  content: {
    [XLSX_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
    'text/csv': { schema: { type: 'string' as const } },
  },
};
const exportRoute = (path: string, operationId: string, summary: string, secured: boolean) =>
  createRoute({
    method: 'get',
    path,
    operationId,
    tags,
    summary,
    security: secured ? SECURED : [],
    request: { params: RoundParam, query: FormatQuery },
    responses: { 200: FILE, ...PROBLEM_RESPONSES },
  });

export const exportsRoutes = createRouter()
  .openapi(
    exportRoute(
      '/rounds/{roundId}/demand/totals/export',
      'exportDemandTotals',
      'Demand totals by product × region as .xlsx or CSV (who may read getDemandTotals)',
      true,
    ),
    async (c) => {
      requireRole(c, 'office-admin', 'office-official', 'auditor');
      const { roundId } = c.req.valid('param');
      const table = await demandTotalsTable(c.var.deps, roundId);
      return (await exportResponse(table, c.req.valid('query').format, '报量汇总')) as never;
    },
  )
  .openapi(
    exportRoute(
      '/rounds/{roundId}/evaluation/result/export',
      'exportEvaluationResult',
      'The published evaluation, one row per bid, as .xlsx or CSV (who may read getEvaluationResult: public once published)',
      false,
    ),
    async (c) => {
      const { roundId } = c.req.valid('param');
      const table = await evaluationResultTable(c.var.deps, roundId);
      return (await exportResponse(table, c.req.valid('query').format, '评审结果')) as never;
    },
  )
  .openapi(
    exportRoute(
      '/rounds/{roundId}/agreed-volumes/export',
      'exportAgreedVolumes',
      'Agreed volumes as .xlsx or CSV: a hospital its own, a company its own, the office and auditors all (as listAgreedVolumes)',
      true,
    ),
    async (c) => {
      const actor = requireRole(
        c,
        'hospital-user',
        'company-user',
        'office-admin',
        'office-official',
        'auditor',
      );
      const { roundId } = c.req.valid('param');
      const table = await agreedVolumesTable(c.var.deps, actor, roundId);
      return (await exportResponse(table, c.req.valid('query').format, '约定采购量')) as never;
    },
  );
