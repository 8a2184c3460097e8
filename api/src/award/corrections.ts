import { z } from '@hono/zod-openapi';
import { invariant } from '@jicai/domain';
import { uuid } from '../http/ids.js';

/**
 * What an upheld objection corrects in the evaluation input: one fact of one company's bid for a
 * product (bid facts), or one of the company's facts (company facts: every bid of the company
 * carries the same ones, G47). Corrections are stored with the objection and applied, in the order
 * they were upheld, every time the input is built again.
 */

const day = z.iso.date();
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const BID_FIELDS = {
  originator: z.boolean(),
  consistencyPassedOn: day.nullable(),
  approvalDate: day.nullable(),
  technicalPass: z.boolean().nullable(),
  marketVolume: count.nullable(),
} as const;

const COMPANY_FIELDS = {
  creditRank: z.number().int().min(0).max(4),
  regionsSuppliedLastYear: count,
  salesVolume: count,
  affiliateGroup: z.string().trim().min(1).max(200).nullable(),
  annualCapacity: count.nullable(),
  onViolationList: z.boolean(),
  qualityFailureOn: day.nullable(),
} as const;

type BidField = keyof typeof BID_FIELDS;
type CompanyField = keyof typeof COMPANY_FIELDS;

const variant = <F extends string, V extends z.ZodType>(field: F, value: V) =>
  z.object({
    bidCompanyId: uuid(),
    productCode: z.string().min(1).max(64),
    field: z.literal(field),
    value,
  });

const B = BID_FIELDS;
const C = COMPANY_FIELDS;
const variants = [
  variant('originator', B.originator),
  variant('consistencyPassedOn', B.consistencyPassedOn),
  variant('approvalDate', B.approvalDate),
  variant('technicalPass', B.technicalPass),
  variant('marketVolume', B.marketVolume),
  variant('creditRank', C.creditRank),
  variant('regionsSuppliedLastYear', C.regionsSuppliedLastYear),
  variant('salesVolume', C.salesVolume),
  variant('affiliateGroup', C.affiliateGroup),
  variant('annualCapacity', C.annualCapacity),
  variant('onViolationList', C.onViolationList),
  variant('qualityFailureOn', C.qualityFailureOn),
] as const;

export const Correction = z.discriminatedUnion('field', variants).openapi('EvaluationCorrection', {
  example: {
    bidCompanyId: '00000000-0000-4000-8000-000000000000',
    productCode: 'P1',
    field: 'consistencyPassedOn',
    value: '2024-05-01',
  },
});

export interface CorrectionValue {
  readonly bidCompanyId: string;
  readonly productCode: string;
  readonly field: string;
  readonly value: unknown;
}

/** The parts of a contract bid a correction may change (plain JSON, as published). */
export interface CorrectableBid {
  readonly productId: string;
  readonly companyId: string;
  readonly company: object;
}

const isCompanyField = (field: string): field is CompanyField => field in COMPANY_FIELDS;
const isBidField = (field: string): field is BidField => field in BID_FIELDS;

/** Reads a stored correction back; one that no longer parses is a broken invariant. */
export function parseStoredCorrection(stored: unknown): CorrectionValue {
  const parsed = Correction.safeParse(stored);
  invariant(parsed.success, `stored correction ${JSON.stringify(stored)}`);
  return parsed.data;
}

/** Applies the corrections in order; company facts change on every bid of the company. */
export function applyCorrections<B extends CorrectableBid>(
  bids: B[],
  corrections: readonly CorrectionValue[],
): B[] {
  let out = bids;
  for (const c of corrections) {
    out = out.map((bid) => {
      if (bid.companyId !== c.bidCompanyId) return bid;
      if (isCompanyField(c.field)) return { ...bid, company: { ...bid.company, [c.field]: c.value } } as B;
      if (isBidField(c.field) && bid.productId === c.productCode) return { ...bid, [c.field]: c.value } as B;
      return bid;
    });
  }
  return out;
}

/** Whether a correction names a bid of the published input (else the office's answer is refused). */
export function correctsSomeBid(bids: readonly CorrectableBid[], c: CorrectionValue): boolean {
  return bids.some((b) => b.companyId === c.bidCompanyId && b.productId === c.productCode);
}
