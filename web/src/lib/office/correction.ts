/**
 * An upheld objection's correction (api/src/award/corrections.ts): one fact of the objecting
 * company's bid or company, typed as text in the reply form. The API judges the value; this only
 * gives it its JSON type (an empty field is null: "no such fact").
 */
export const CORRECTION_FIELDS = {
  originator: 'boolean',
  consistencyPassedOn: 'date',
  approvalDate: 'date',
  technicalPass: 'boolean',
  marketVolume: 'count',
  creditRank: 'count',
  regionsSuppliedLastYear: 'count',
  salesVolume: 'count',
  affiliateGroup: 'text',
  annualCapacity: 'count',
  onViolationList: 'boolean',
  qualityFailureOn: 'date',
} as const;

export type CorrectionField = keyof typeof CORRECTION_FIELDS;

export const isCorrectionField = (name: string): name is CorrectionField =>
  Object.hasOwn(CORRECTION_FIELDS, name);

/** The typed value's JSON: booleans from true/false, counts from digits, "" as null. */
export function correctionValue(field: CorrectionField, text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  switch (CORRECTION_FIELDS[field]) {
    case 'boolean':
      return t === 'true' ? true : t === 'false' ? false : t;
    case 'count':
      return /^\d{1,15}$/.test(t) ? Number(t) : t;
    default:
      return t;
  }
}
