import { z } from '@hono/zod-openapi';
import { roundIdParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import { EXPORT_FORMATS } from '../spreadsheets/table-export.js';

export const RoundParam = z.object({ roundId: roundIdParam() });

export const ImportQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default('upload')
    .openapi({
      param: { name: 'fileName', in: 'query' },
      description: 'the file’s name as the hospital sees it (shown in the list of imports)',
    }),
});

export const ImportsQuery = PageQuery;

export const FormatQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS)
    .default('xlsx')
    .openapi({
      param: { name: 'format', in: 'query' },
      description: 'xlsx (default) or csv (UTF-8 with BOM)',
    }),
});

export const PurchaseImport = z
  .object({
    importId: z.string().uuid(),
    fileName: z.string(),
    fileSha256: z.string(),
    importedAt: z.string().datetime(),
    lines: z.number().int().describe('data lines in the file'),
    recorded: z.number().int().describe('lines recorded by this file'),
    underAgreement: z.number().int().describe('of those, bought under an agreement at the awarded price'),
    skipped: z.number().int().describe('lines an earlier file had already recorded exactly so'),
    amount: z.string().describe('decimal: the recorded lines’ amount, yuan'),
    repeated: z.boolean().describe('true: the same file was imported before; nothing was added'),
  })
  .openapi('PurchaseImport');

export const PurchaseImportList = listOf(PurchaseImport, 'PurchaseImportList');
