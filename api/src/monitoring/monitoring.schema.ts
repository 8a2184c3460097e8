import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid, uuidParam } from '../http/ids.js';
import { listOf } from '../http/list.js';

export const RoundParam = z.object({ roundId: roundIdParam() });
export const InstitutionParam = z.object({ roundId: roundIdParam(), hospitalId: uuidParam('hospitalId') });

const Units = z.number().int().min(0);
const Amount = z.string().openapi({ example: '12000.00', description: 'yuan, a decimal string' });
const Ratio = z.string().openapi({ example: '0.3083', description: 'a decimal string, 4 places' });
const regionCode = z
  .string()
  .regex(/^[A-Z]{2,3}$/, 'a region code (BJ)')
  .optional()
  .openapi({ param: { name: 'regionCode', in: 'query' }, example: 'BJ' });

export const ProgressQuery = z.object({
  regionCode,
  productId: uuid()
    .optional()
    .openapi({ param: { name: 'productId', in: 'query' } }),
  companyId: uuid()
    .optional()
    .openapi({ param: { name: 'companyId', in: 'query' } }),
});

export const ProgressFigures = z.object({
  agreedUnits: Units.describe('agreed volume (约定采购量), smallest units'),
  agreedAmount: Amount.describe('contracted amount (约定采购金额)'),
  purchasedUnits: Units.describe('bought from the winners, not cancelled'),
  purchasedAmount: Amount,
  completion: Ratio.nullable().describe('purchased ÷ agreed; null with nothing agreed'),
  expectedPace: Ratio.describe(
    'elapsed ÷ days of the agreement year (agreed volumes are annual): where a linear buyer would be today',
  ),
  behind: z.boolean().describe('completion < pace − paceTolerance (docs/rules.md §12.5)'),
});

export const RoundProgress = z
  .object({
    roundId: z.string(),
    today: z.string().describe("the round's date (Beijing), from the database clock"),
    total: ProgressFigures,
    regions: z.array(ProgressFigures.extend({ regionCode: z.string(), regionName: z.string() })),
    products: z.array(
      ProgressFigures.extend({ productId: z.string(), productCode: z.string(), productName: z.string() }),
    ),
    companies: z.array(ProgressFigures.extend({ companyId: z.string(), companyName: z.string() })),
    cells: z
      .array(ProgressFigures.extend({ regionCode: z.string(), productId: z.string(), companyId: z.string() }))
      .describe('region × product × company'),
    months: z.array(
      z.object({
        month: z.string().openapi({ example: '2027-04' }),
        purchasedUnits: Units,
        purchasedAmount: Amount,
        cumulativeUnits: Units,
        cumulativeAmount: Amount,
        completion: Ratio.nullable().describe('cumulative ÷ agreed at the month’s end'),
        expectedPace: Ratio.describe('the linear pace at the month’s end (or today)'),
      }),
    ),
  })
  .openapi('RoundProgress');

export const InstitutionProgress = z
  .object({
    roundId: z.string(),
    today: z.string(),
    hospitalId: z.string(),
    hospitalName: z.string(),
    regionCode: z.string(),
    products: z.array(
      ProgressFigures.extend({
        productId: z.string(),
        productCode: z.string(),
        productName: z.string(),
        outsideUnits: Units.describe(
          'bought from companies without an agreed volume for this hospital (非中选)',
        ),
      }),
    ),
  })
  .openapi('InstitutionProgress');

export const ExecutionRound = z
  .object({ roundId: z.string(), code: z.string(), name: z.string(), state: z.string() })
  .openapi('ExecutionRound');
export const ExecutionRoundList = listOf(ExecutionRound, 'ExecutionRoundList');
