import type { CompanyFacts as DomainCompanyFacts } from '@jicai/domain';
import type { CompanyFactRow, RegistrationRow, SpecLabel } from './companies.repository.js';

const toNumber = (value: string | null) => (value === null ? null : Number(value));

export function toCompanyFacts(row: CompanyFactRow) {
  return {
    companyId: row.company_id,
    creditRank: row.credit_rank,
    regionsSuppliedLastYear: row.regions_supplied_last_year,
    salesVolume: Number(row.sales_volume),
    affiliateGroup: row.affiliate_group,
    onViolationList: row.on_violation_list,
    violationUntil: row.violation_until,
    qualityFailureOn: row.quality_failure_on,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

export function toRegistration(row: RegistrationRow) {
  return {
    id: row.id,
    roundId: row.round_id,
    companyId: row.company_id,
    productId: row.product_id,
    specId: row.spec_id,
    approvalNumber: row.approval_number,
    approvalDate: row.approval_date,
    originator: row.originator,
    reference: row.reference,
    consistencyPassedOn: row.consistency_passed_on,
    annualCapacity: toNumber(row.annual_capacity),
    marketVolume: toNumber(row.market_volume),
    createdAt: row.created_at.toISOString(),
    reviewStatus: row.review_status,
    reviewReason: row.review_reason,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
  };
}

/** A registration as answered: its ids and what they name (the codes a company bids with). */
export function toRegistrationView(
  row: RegistrationRow,
  labels: ReadonlyMap<string, SpecLabel>,
  companyNames: ReadonlyMap<string, string>,
) {
  const label = labels.get(row.spec_id);
  return {
    ...toRegistration(row),
    companyName: companyNames.get(row.company_id) ?? '',
    productCode: label?.product_code ?? '',
    productName: label?.product_name ?? '',
    specCode: label?.spec_code ?? '',
  };
}

/**
 * The rules' view of a company for one bid (bid evaluation input): the office's facts plus the
 * capacity the company declared for the bid's spec. `onViolationList` is judged on the bid
 * deadline (docs/rules.md §6): a listing that ended before it no longer bars.
 */
export function toDomainCompanyFacts(
  fact: CompanyFactRow,
  registration: RegistrationRow | undefined,
  deadlineDay: string,
): DomainCompanyFacts {
  const barred =
    fact.on_violation_list && (fact.violation_until === null || fact.violation_until >= deadlineDay);
  return {
    creditRank: fact.credit_rank,
    regionsSuppliedLastYear: fact.regions_supplied_last_year,
    salesVolume: Number(fact.sales_volume),
    affiliateGroup: fact.affiliate_group,
    annualCapacity: registration ? toNumber(registration.annual_capacity) : null,
    onViolationList: barred,
    qualityFailureOn: fact.quality_failure_on,
  };
}
