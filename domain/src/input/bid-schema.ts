import { z } from 'zod';
import { REVIVAL_ANSWERS, type Bid } from '../round-input.js';
import {
  decimal,
  flag,
  instant,
  integer,
  nullableCalendarDate,
  nullableFlag,
  nullableInteger,
  nullableOneOf,
  nullableText,
  text,
} from './field-schemas.js';

/** Shape and value rules of a bid and its company facts (contract "Input", G27, G31, G53). */

export const companySchema = z.object({
  creditRank: integer(),
  // G27: required, they break ties
  regionsSuppliedLastYear: integer(),
  salesVolume: integer(),
  affiliateGroup: nullableText(),
  annualCapacity: nullableInteger(),
  onViolationList: flag(),
  qualityFailureOn: nullableCalendarDate(),
});

export const bidSchema = z
  .object({
    id: text(),
    productId: text(),
    // G04: a spec unknown to the product is not an input error; eligibility marks the bid
    specId: text(),
    companyId: text(),
    packPrice: decimal({ maxPlaces: 2 }),
    submittedAt: instant(),
    originator: flag(),
    consistencyPassedOn: nullableCalendarDate(),
    approvalDate: nullableCalendarDate(),
    group: nullableText(),
    marketVolume: nullableInteger(),
    technicalPass: nullableFlag(),
    revival: nullableOneOf(REVIVAL_ANSWERS),
    regionPreferences: z.array(text()).default([]),
    company: companySchema,
  })
  .transform(({ submittedAt, ...rest }): Bid => ({
    ...rest,
    submittedAt: submittedAt.text,
    submittedAtInstant: submittedAt.seconds,
  }));

export type DecodedCompany = z.output<typeof companySchema>;

/** G47: every bid of a company carries the same company facts. */
export function sameCompany(a: DecodedCompany, b: DecodedCompany): boolean {
  return (
    a.creditRank === b.creditRank &&
    a.regionsSuppliedLastYear === b.regionsSuppliedLastYear &&
    a.salesVolume === b.salesVolume &&
    a.affiliateGroup === b.affiliateGroup &&
    a.annualCapacity === b.annualCapacity &&
    a.onViolationList === b.onViolationList &&
    a.qualityFailureOn === b.qualityFailureOn
  );
}
