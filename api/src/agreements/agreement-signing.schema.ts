import { z } from '@hono/zod-openapi';
import { AGREEMENT_STATUSES, SIGNING_SIDES } from '@jicai/domain';
import { PageQuery, listOf } from '../http/list.js';
import { Agreement } from './agreements.schema.js';
import { SUPPLY_ROLES } from './agreements.table.js';

const instant = z.string().openapi({ example: '2027-03-08T09:00:00.000Z' });
const day = z.string().openapi({ example: '2027-04-01' });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const AgreementStatusQuery = PageQuery.extend({
  status: z
    .enum(AGREEMENT_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' }, description: 'only agreements in this status' }),
});

const SideSignature = z
  .object({
    signedAt: instant.describe('the database clock when the side signed'),
    signedBy: z.string().describe('the signing user’s name'),
    signature: z
      .string()
      .describe('the platform’s Ed25519 signature (base64) over side, user, terms hash, instant'),
  })
  .openapi('AgreementSideSignature');

export const AgreementLine = z
  .object({
    productCode: z.string(),
    productName: z.string(),
    groupKey: z.string().nullable(),
    specCode: z.string(),
    unitsPerPack: z.number().int(),
    packPrice: z.string().describe('the awarded price per pack, a decimal string'),
    agreedVolume: z.string().describe('agreed volume in smallest units, an integer as a string'),
    supply: z.enum(SUPPLY_ROLES),
    cycleStart: day,
    cycleEnd: day,
    endedOn: day.nullable().describe('the line stopped early on this day (its supplier failed)'),
    endReason: z.enum(['passed-to-backup']).nullable(),
    inCycle: z.boolean().describe('today is in the line’s cycle and it has not ended (docs/rules.md §12.7)'),
  })
  .openapi('AgreementLine');

export const SignedAgreement = Agreement.extend({
  status: z.enum(AGREEMENT_STATUSES).describe('docs/rules.md §12.7, on the round’s date'),
  awaiting: z.array(z.enum(SIGNING_SIDES)).describe('the sides still to sign; empty once both did'),
  termsSha256: sha256.describe('SHA-256 of the terms both parties sign (stored with the first signature)'),
  hospitalSignature: SideSignature.nullable(),
  companySignature: SideSignature.nullable(),
  lines: z.array(AgreementLine),
}).openapi('SignedAgreement');
export const SignedAgreementList = listOf(SignedAgreement, 'SignedAgreementList');

export const AgreementDetail = SignedAgreement.extend({
  verification: z
    .object({
      keyId: z.string().describe('the platform key the signatures are checked with'),
      termsIntact: z.boolean().describe('the stored terms hash is the hash of the terms as they stand'),
      hospital: z.boolean().nullable().describe('the hospital’s signature verifies; null: not signed'),
      company: z.boolean().nullable().describe('the company’s signature verifies; null: not signed'),
    })
    .openapi('AgreementVerification'),
}).openapi('AgreementDetail');

export const SignAgreementBody = z
  .object({
    password: z.string().min(1).max(1024).describe('the signing user’s password, typed again'),
    termsSha256: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(sha256)
      .describe('the terms hash the user was shown; refused when the terms are no longer these'),
  })
  .openapi('SignAgreement');

export const AgreementStatusCounts = z
  .object({
    today: day.describe('the round’s date the statuses are read on'),
    drafted: z.number().int(),
    signed: z.number().int(),
    active: z.number().int(),
    expired: z.number().int(),
    renewed: z.number().int(),
    total: z.number().int(),
  })
  .openapi('AgreementStatusCounts');
