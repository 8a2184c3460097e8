import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import type { ExportTable } from '../spreadsheets/table-export.js';
import { DEMAND_HEADERS_ZH } from './csv-import.js';
import { listOwnLines } from './my-demand.repository.js';
import { worksheet } from './my-demand.service.js';

/** One row of the template: a product (or one of its groups, or one of my lines of it). */
interface TemplateRow {
  readonly productCode: string;
  readonly genericName: string;
  readonly spec: string;
  readonly unit: string;
  readonly lastYearVolume: number | string | null;
  readonly quantity: number | string | null;
  readonly brandUscc: string | null;
  readonly group: string | null;
  readonly reason: string | null;
}

/** The import's own first Chinese header for a column: the template is read back by the very import. */
const header = (column: keyof typeof DEMAND_HEADERS_ZH) => DEMAND_HEADERS_ZH[column][0] as string;

/**
 * The hospital's demand template of a round: every catalogue product with its code, generic name,
 * specs and unit, and last year's volume as the worksheet decides it (the own line of this round,
 * else the own report of the most recent earlier round). A product already reported comes with
 * each of its lines as they stand (quantity, brand, group, reason), so the file re-imports them
 * unchanged; any other product has one row per group (or one row) with the quantity left empty —
 * the import skips such rows, so a hospital fills in only what it needs.
 */
export async function demandTemplateTable(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
): Promise<ExportTable<TemplateRow>> {
  const sheet = await worksheet(deps, actor, roundId);
  const lines = await listOwnLines(deps.db, roundId, actor.organisationId);
  const rows: TemplateRow[] = sheet.products.flatMap((p): TemplateRow[] => {
    const base = {
      productCode: p.productCode,
      genericName: p.genericName,
      spec: p.specs,
      unit: p.unit,
    };
    const mine = lines.filter((l) => l.product_code === p.productCode);
    if (mine.length)
      return mine.map((l) => ({
        ...base,
        lastYearVolume: l.last_year_volume ?? p.lastYearVolume,
        quantity: l.quantity,
        brandUscc: l.brand_uscc,
        group: l.group_key,
        reason: l.reason,
      }));
    const empty = {
      ...base,
      lastYearVolume: p.lastYearVolume,
      quantity: null,
      brandUscc: null,
      reason: null,
    };
    return p.groups.length ? p.groups.map((group) => ({ ...empty, group })) : [{ ...empty, group: null }];
  });
  return {
    sheet: '报量',
    rows,
    columns: [
      { header: header('productCode'), kind: 'text', value: (r) => r.productCode, width: 18 },
      { header: header('genericName'), kind: 'text', value: (r) => r.genericName, width: 20 },
      { header: header('spec'), kind: 'text', value: (r) => r.spec, width: 22 },
      { header: header('unit'), kind: 'text', value: (r) => r.unit, width: 12 },
      { header: header('lastYearVolume'), kind: 'integer', value: (r) => r.lastYearVolume, width: 12 },
      { header: header('quantity'), kind: 'integer', value: (r) => r.quantity, width: 12 },
      { header: header('brandUscc'), kind: 'text', value: (r) => r.brandUscc, width: 26 },
      { header: header('group'), kind: 'text', value: (r) => r.group, width: 10 },
      { header: header('reason'), kind: 'text', value: (r) => r.reason, width: 40 },
    ],
  };
}
