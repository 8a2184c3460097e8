import { Dec } from '@jicai/domain';
import type { FieldProblem } from '../http/app-error.js';
import { cellProblem } from '../spreadsheets/sheet-rows.js';
import type { Db } from '../db/database.js';
import type { PurchaseFileRow } from './purchase-import-sheet.js';
import * as repo from './purchase-import.repository.js';

/** A file's row and the hospital it is bought by (a hospital's own import: always the importer). */
export interface HospitalRow extends PurchaseFileRow {
  readonly hospitalId: string;
  readonly regionCode: string;
}

export interface ResolvedLines {
  readonly lines: repo.PurchaseLines;
  readonly problems: FieldProblem[];
  /** the file's row of each line (same index) */
  readonly rows: HospitalRow[];
}

type AgreementLine = Awaited<ReturnType<typeof repo.findAgreementLines>>[number];

/**
 * The rows of a file (checked for form) against the database, in a handful of set-based reads
 * whatever the file's size: the round's catalogue, the companies it names, the hospitals' agreement
 * lines. A line is under an agreement when the hospital has
 * an agreement line for that product with that company (the one covering the date, else any) and
 * then its price must be the awarded one; a purchase from any other company is recorded outside
 * agreements (what the non-winning cap watches). `today` is the round's date: no line in the future.
 * References already recorded are judged by `purchase-ingest.ts`.
 */
export async function resolvePurchaseRows(
  db: Db,
  roundId: string,
  rows: readonly HospitalRow[],
  today: string,
): Promise<ResolvedLines> {
  const problems: FieldProblem[] = [];
  const lines = repo.emptyLines();
  const rowsOfLines: HospitalRow[] = [];
  const catalogue = await repo.findCatalogue(db, roundId);
  const products = new Map<string, { id: string; representative: string; specs: Map<string, number> }>();
  for (const c of catalogue) {
    const p = products.get(c.product_code) ?? {
      id: c.product_id,
      representative: c.representative_spec_code,
      specs: new Map<string, number>(),
    };
    p.specs.set(c.spec_code, c.unit_count);
    products.set(c.product_code, p);
  }
  const named = [...new Set(rows.map((r) => r.company))];
  const found = await repo.findCompanies(db, named, named);
  const companies = new Map<string, string | 'ambiguous'>();
  for (const c of found) {
    if (c.uscc) companies.set(c.uscc, c.id);
    const prior = companies.get(c.name);
    companies.set(c.name, prior && prior !== c.id ? 'ambiguous' : c.id);
  }
  const hospitals = [...new Set(rows.map((r) => r.hospitalId))];
  const agreements = new Map<string, AgreementLine[]>();
  for (const l of await repo.findAgreementLines(db, roundId, hospitals)) {
    const k = `${l.hospital_id}\u0000${l.company_id}\u0000${l.product_id}`;
    agreements.set(k, [...(agreements.get(k) ?? []), l]);
  }
  for (const r of rows) {
    const at = (column: string, code: string, en: string, zh: string) =>
      problems.push(cellProblem({ sheet: r.sheet, row: r.row, column }, code, en, zh));
    const product = products.get(r.productCode);
    const companyId = companies.get(r.company);
    if (!product)
      at(
        'productCode',
        'UNKNOWN_PRODUCT',
        `no product ${r.productCode} in this round`,
        `本轮没有产品 ${r.productCode}`,
      );
    if (companyId === undefined)
      at(
        'company',
        'UNKNOWN_COMPANY',
        `no company registered with the code or name ${JSON.stringify(r.company)}`,
        `没有以该代码或名称登记的企业：${r.company}`,
      );
    else if (companyId === 'ambiguous')
      at(
        'company',
        'AMBIGUOUS_COMPANY',
        `several companies are named ${JSON.stringify(r.company)}: give its unified social credit code`,
        `有多家企业名为 ${r.company}：请填写统一社会信用代码`,
      );
    if (r.orderedOn > today)
      at(
        'orderedOn',
        'DATE_IN_FUTURE',
        `${r.orderedOn} is after today (${today})`,
        `${r.orderedOn} 晚于今天（${today}）`,
      );
    if (!product || companyId === undefined || companyId === 'ambiguous') continue;
    const candidates = agreements.get(`${r.hospitalId}\u0000${companyId}\u0000${product.id}`) ?? [];
    const agreement =
      candidates.find((l) => l.cycle_start <= r.orderedOn && r.orderedOn <= (l.ended_on ?? l.cycle_end)) ??
      candidates[0];
    const specCode = r.specCode ?? agreement?.spec_code ?? product.representative;
    const unitsPerPack =
      agreement && agreement.spec_code === specCode ? agreement.units_per_pack : product.specs.get(specCode);
    if (unitsPerPack === undefined) {
      at(
        'specCode',
        'UNKNOWN_SPEC',
        `product ${r.productCode} has no spec ${specCode}`,
        `产品 ${r.productCode} 没有规格 ${specCode}`,
      );
      continue;
    }
    if (agreement && agreement.spec_code !== specCode)
      at(
        'specCode',
        'SPEC_NOT_AGREED',
        `the agreement with this company is for spec ${agreement.spec_code}`,
        `与该企业的协议规格为 ${agreement.spec_code}`,
      );
    else if (agreement && !new Dec(agreement.pack_price).eq(r.packPrice))
      at(
        'packPrice',
        'PRICE_NOT_AWARDED',
        `${r.packPrice} is not the awarded price ${new Dec(agreement.pack_price).toFixed()} of the agreement`,
        `${r.packPrice} 不是协议的中选价 ${new Dec(agreement.pack_price).toFixed()}`,
      );
    lines.hospitalIds.push(r.hospitalId);
    lines.regionCodes.push(r.regionCode);
    lines.productIds.push(product.id);
    lines.companyIds.push(companyId);
    lines.agreementIds.push(agreement?.agreement_id ?? null);
    lines.specCodes.push(specCode);
    lines.packs.push(r.packs);
    lines.units.push(r.packs * unitsPerPack);
    lines.packPrices.push(r.packPrice);
    lines.amounts.push(r.amount);
    lines.orderedOn.push(r.orderedOn);
    lines.externalRefs.push(r.externalRef);
    rowsOfLines.push(r);
  }
  return { lines, problems, rows: rowsOfLines };
}
