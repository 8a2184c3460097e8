import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import { REGISTRATION_REVIEW_STATUSES } from './companies.table.js';

const day = z.iso.date().openapi({ example: '2024-03-01' });
const quantity = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const CompanyIdParam = z.object({ companyId: uuidParam('companyId') });
export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const RegistrationIdParam = z.object({ roundId: roundIdParam(), id: uuidParam('id') });
export const RegistrationQuery = PageQuery.extend({
  /** office and auditors: one company's registrations */
  companyId: uuid()
    .optional()
    .openapi({ param: { name: 'companyId', in: 'query' } }),
  /** only registrations in this review status */
  reviewStatus: z
    .enum(REGISTRATION_REVIEW_STATUSES)
    .optional()
    .openapi({ param: { name: 'reviewStatus', in: 'query' } }),
});

/** 批准文号: 国药准字 H/Z/S/J + 8 digits (drugs), or a 械注 registration number + 11 digits (consumables). */
export const APPROVAL_NUMBER = /^(国药准字[HZSJ][0-9]{8}|[国进]?械注[准进许][0-9]{11})$/;

export const CompanyFactsBody = z
  .object({
    /** 0 no rating, 1 一般, 2 中等, 3 严重, 4 特别严重 */
    creditRank: z.number().int().min(0).max(4),
    regionsSuppliedLastYear: z.number().int().min(0).max(1000),
    salesVolume: quantity,
    affiliateGroup: z.string().trim().min(1).max(200).nullable(),
    onViolationList: z.boolean(),
    /** while listed: the last barred day; null: indefinitely */
    violationUntil: day.nullable(),
    qualityFailureOn: day.nullable(),
  })
  .superRefine((b, ctx) => {
    if (!b.onViolationList && b.violationUntil !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['violationUntil'],
        message: 'only a company on the violation list has a violation end date',
      });
    }
  })
  .openapi('CompanyFactsRequest');

export const CompanyFacts = z
  .object({
    companyId: z.string().uuid(),
    creditRank: z.number().int(),
    regionsSuppliedLastYear: z.number().int(),
    salesVolume: z.number().int(),
    affiliateGroup: z.string().nullable(),
    onViolationList: z.boolean(),
    violationUntil: z.string().nullable(),
    qualityFailureOn: z.string().nullable(),
    updatedAt: z.string(),
    updatedBy: z.string().uuid(),
  })
  .openapi('CompanyFacts');

export const RegistrationBody = z
  .object({
    productId: uuid(),
    specId: uuid(),
    approvalNumber: z
      .string()
      .trim()
      .regex(APPROVAL_NUMBER, 'an approval number (批准文号) like 国药准字H20051234 or 国械注准20173451234'),
    approvalDate: day,
    /** 原研 */
    originator: z.boolean(),
    /** 参比制剂 */
    reference: z.boolean().default(false),
    /** 一致性评价 pass date; null: not evaluated */
    consistencyPassedOn: day.nullable(),
    annualCapacity: quantity.nullable(),
    marketVolume: quantity.nullable().default(null),
  })
  .openapi('RegistrationRequest');

export const Registration = z
  .object({
    id: z.string().uuid(),
    roundId: z.string().uuid(),
    companyId: z.string().uuid(),
    productId: z.string().uuid(),
    specId: z.string().uuid(),
    /** what the ids name: the codes a bid uses (PUT …/bids/{productCode} with specCode) */
    productCode: z.string(),
    productName: z.string(),
    specCode: z.string(),
    approvalNumber: z.string(),
    approvalDate: z.string(),
    originator: z.boolean(),
    reference: z.boolean(),
    consistencyPassedOn: z.string().nullable(),
    annualCapacity: z.number().int().nullable(),
    marketVolume: z.number().int().nullable(),
    createdAt: z.string(),
    /** the office's review: pending and approved registrations bid; a rejected one cannot */
    reviewStatus: z.enum(REGISTRATION_REVIEW_STATUSES),
    /** why the office rejected it (null unless rejected) */
    reviewReason: z.string().nullable(),
    reviewedBy: z.string().uuid().nullable(),
    reviewedAt: z.string().nullable(),
    /** the registering company's name */
    companyName: z.string(),
  })
  .openapi('Registration');

export const RegistrationList = listOf(Registration, 'RegistrationList');

export type CompanyFactsInput = z.infer<typeof CompanyFactsBody>;
export type RegistrationInput = z.infer<typeof RegistrationBody>;
