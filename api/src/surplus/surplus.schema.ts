import { z } from '@hono/zod-openapi';
import { SURPLUS_GRADES } from '@jicai/domain';
import { roundIdParam, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';

const money = (example: string) => z.string().openapi({ example });

export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const GradeParam = z.object({ roundId: roundIdParam(), hospitalId: uuidParam('hospitalId') });

export const SurplusQuery = PageQuery.extend({
  regionCode: z
    .string()
    .min(1)
    .max(16)
    .optional()
    .openapi({
      param: { name: 'regionCode', in: 'query' },
      description: "the office's choice of region (none: all); a region bureau always sees its own",
    }),
});

export const GradeBody = z
  .object({ grade: z.enum(SURPLUS_GRADES).describe('考核等级: A 0.50, B 0.40, C 0.30, D 0 (ruleset)') })
  .openapi('SurplusGradeBody');

const Step = z
  .object({
    code: z.enum(['SURPLUS', 'GRADE', 'GRADE_PENDING', 'OVER_BUDGET', 'RETAINED']),
    budget: z.string().optional(),
    actualSpend: z.string().optional(),
    surplus: z.string().optional(),
    grade: z.enum(SURPLUS_GRADES).optional(),
    share: z.string().optional(),
    retained: z.string().optional(),
    zh: z.string(),
    en: z.string(),
  })
  .openapi('SurplusStep');

export const Surplus = z
  .object({
    hospitalId: z.string(),
    hospitalName: z.string(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    budget: money('500000.00').describe('agreed volumes × their spec’s ceiling (docs/rules.md §12.3)'),
    actualSpend: money('420000.00').describe('the cycle’s purchases of the round, not cancelled'),
    surplus: money('80000.00').describe('budget − actual spend; negative over budget'),
    grade: z.enum(SURPLUS_GRADES).nullable().describe('null: not yet graded'),
    share: z.string().nullable(),
    retained: money('32000.00').nullable().describe('null while the grade is pending; 0.00 over budget'),
    gradedAt: z.string().nullable(),
    steps: z.array(Step).describe('the explanation, step by step, as the rule book reads'),
  })
  .openapi('Surplus');
export const SurplusList = listOf(Surplus, 'SurplusList');

export const MySurplus = Surplus.extend({
  roundId: z.string(),
  roundCode: z.string(),
  roundName: z.string(),
}).openapi('MySurplus');
export const MySurplusList = listOf(MySurplus, 'MySurplusList');
