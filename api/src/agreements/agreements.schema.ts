import { z } from '@hono/zod-openapi';
import { roundIdParam, uuidParam } from '../http/ids.js';
import { AGREEMENT_JOB_STATES } from './agreements.table.js';

const instant = z.string().openapi({ example: '2027-03-08T09:00:00.000Z' });

export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const AgreementIdParam = z.object({ roundId: roundIdParam(), agreementId: uuidParam('agreementId') });

export const AgreementGeneration = z
  .object({
    roundId: z.string(),
    state: z.enum(AGREEMENT_JOB_STATES),
    total: z.number().int().nullable().describe('agreements to issue; null until the first batch made them'),
    done: z.number().int().describe('agreements whose PDF is issued'),
    failed: z
      .number()
      .int()
      .describe('agreements whose PDF could not be rendered (starting again retries them)'),
    startedAt: instant,
    finishedAt: instant.nullable(),
  })
  .openapi('AgreementGeneration');

export const AgreementGenerationStarted = AgreementGeneration.extend({
  started: z
    .boolean()
    .describe('false: a job was running or had finished without failures, nothing new began'),
}).openapi('AgreementGenerationStarted');

export const Agreement = z
  .object({
    id: z.string(),
    roundId: z.string(),
    hospitalId: z.string(),
    hospitalName: z.string(),
    regionName: z.string().nullable(),
    companyId: z.string(),
    companyName: z.string(),
    pdfSha256: z.string().nullable().describe('SHA-256 of the issued PDF; null until issued'),
    issuedAt: instant.nullable(),
  })
  .openapi('Agreement');
