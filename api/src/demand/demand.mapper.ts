import { invariant } from '@jicai/domain';
import type { DemandReportRow } from './demand.repository.js';
import type { listApprovedLines, sumDemandTotals } from './demand-totals.repository.js';

type TotalRow = Awaited<ReturnType<typeof sumDemandTotals>>[number];
type LineRow = Awaited<ReturnType<typeof listApprovedLines>>[number];

/** A demand line as the evaluation contract reads it (`demand[]` of `./jicai evaluate`). */
export interface DemandLine {
  readonly hospitalId: string;
  readonly regionId: string;
  readonly productId: string;
  readonly quantity: number;
  readonly brandCompanyId: string | null;
  readonly lastYearVolume: number | null;
  readonly group: string | null;
}

/** int8 arrives as a string; quantities are kept below 2^53 by the request schema, so this is exact */
export function toQuantity(value: string | number | bigint): number {
  const n = Number(value);
  invariant(Number.isSafeInteger(n), `quantity ${String(value)} exceeds the exact JSON range`);
  return n;
}

const toNullableQuantity = (value: string | null) => (value === null ? null : toQuantity(value));

export function toDemandReport(row: DemandReportRow) {
  return {
    id: row.id,
    roundId: row.round_id,
    productId: row.product_id,
    productCode: row.product_code,
    hospitalId: row.hospital_id,
    hospitalName: row.hospital_name,
    regionCode: row.region_code,
    quantity: toQuantity(row.quantity),
    lastYearVolume: toNullableQuantity(row.last_year_volume),
    brandCompanyId: row.brand_company_id,
    brandCompanyName: row.brand_company_name,
    group: row.group_key,
    reason: row.reason,
    status: row.status,
    reviewerComment: row.reviewer_comment,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    submittedAt: row.submitted_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toDemandTotal(row: TotalRow) {
  return {
    productId: row.product_id,
    productCode: row.product_code,
    regionCode: row.region_code,
    reportedQuantity: toQuantity(row.reported_quantity),
    approvedQuantity: toQuantity(row.approved_quantity),
    hospitals: Number(row.hospitals),
    reports: Number(row.reports),
    approved: Number(row.approved),
    pending: Number(row.pending),
  };
}

export function toDemandLine(row: LineRow): DemandLine {
  return {
    hospitalId: row.hospital_id,
    regionId: row.region_code,
    productId: row.product_id,
    quantity: toQuantity(row.quantity),
    brandCompanyId: row.brand_company_id,
    lastYearVolume: toNullableQuantity(row.last_year_volume),
    group: row.group_key,
  };
}
