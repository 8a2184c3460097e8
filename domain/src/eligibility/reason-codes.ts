/** Reason codes of an invalid bid, in the order a bid lists them (contract: validity order), then flags. */
export const REASON_CODES = [
  'SPEC_NOT_IN_CATALOGUE',
  'SPEC_UNIT_MISMATCH',
  'CEILING_EXCEEDED',
  'NOT_CONSISTENCY_EVALUATED',
  'QUALITY_FAILURE_RECENT',
  'CREDIT_EXCLUDED',
  'ON_VIOLATION_LIST',
  'CAPACITY_INSUFFICIENT',
  'TECHNICAL_ENVELOPE_FAILED',
  'DUPLICATE_COMPANY_BID',
  'AFFILIATE_DUPLICATE',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Flags put in `reasons` of a bid that is not invalid (G11). */
export const FLAGS = ['BELOW_HALF_MEAN'] as const;
export type Flag = (typeof FLAGS)[number];
