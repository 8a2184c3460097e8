import { m } from '$lib/paraglide/messages.js';

/** The API's objection types (api/src/award/award.table.ts), in its order, with their labels. */
export const OBJECTION_TYPES = ['eligibility', 'price-calculation', 'qualification', 'other'] as const;
export type ObjectionType = (typeof OBJECTION_TYPES)[number];

const LABELS: Record<ObjectionType, () => string> = {
  eligibility: m.objection_type_eligibility,
  'price-calculation': m.objection_type_price_calculation,
  qualification: m.objection_type_qualification,
  other: m.objection_type_other,
};

export const objectionTypeLabel = (type: string) => LABELS[type as ObjectionType]?.() ?? type;
