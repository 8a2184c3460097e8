import type { ActivationRow, listRoundRegionSuppliers } from './backup-activation.repository.js';

/** What an activation decided: who took over each region at which price, and each line passed. */
export interface ActivationDecision {
  backups: {
    regionCode: string;
    companyId: string;
    specCode: string;
    unitsPerPack: number;
    packPrice: string;
  }[];
  lines: {
    hospitalId: string;
    regionCode: string;
    endedAgreementId: string;
    agreedVolume: string;
    purchasedUnits: string;
    backupVolume: string;
    newAgreementId: string;
  }[];
}

export function toActivationView(row: ActivationRow) {
  const decision = (row.decision ?? {}) as Partial<ActivationDecision>;
  return {
    id: row.id,
    roundId: row.round_id,
    productId: row.product_id,
    productCode: row.product_code,
    productName: row.product_name,
    groupKey: row.group_key,
    failedCompanyId: row.failed_company_id,
    failedCompanyName: row.failed_company_name,
    regionCodes: row.region_codes,
    reason: row.reason,
    effectiveOn: row.effective_on,
    violationListed: row.violation_listed,
    violationUntil: row.violation_until,
    backups: decision.backups ?? [],
    lines: decision.lines ?? [],
    activatedAt: row.activated_at.toISOString(),
  };
}

type SupplierRow = Awaited<ReturnType<typeof listRoundRegionSuppliers>>[number];

/** One row per entry × region with its primary and backup. */
export function toRegionSuppliers(rows: readonly SupplierRow[]) {
  const byRegion = new Map<string, ReturnType<typeof empty>>();
  const empty = (r: SupplierRow) => ({
    productId: r.product_id,
    productCode: r.product_code,
    groupKey: r.group_key,
    regionCode: r.region_code,
    regionName: r.region_name,
    primaryCompanyId: null as string | null,
    primaryCompanyName: null as string | null,
    backupCompanyId: null as string | null,
    backupCompanyName: null as string | null,
  });
  for (const r of rows) {
    const k = `${r.product_id}|${r.group_key ?? ''}|${r.region_code}`;
    const entry = byRegion.get(k) ?? empty(r);
    if (r.kind === 'primary')
      Object.assign(entry, { primaryCompanyId: r.company_id, primaryCompanyName: r.company_name });
    else Object.assign(entry, { backupCompanyId: r.company_id, backupCompanyName: r.company_name });
    byRegion.set(k, entry);
  }
  return { items: [...byRegion.values()], nextCursor: null };
}
