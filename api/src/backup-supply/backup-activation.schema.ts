import { z } from '@hono/zod-openapi';
import { roundIdParam, uuid } from '../http/ids.js';
import { listOf } from '../http/list.js';

const day = z.iso.date().openapi({ example: '2027-06-01' });
const instant = z.string().openapi({ example: '2027-06-01T09:00:00.000Z' });

export const RoundIdParam = z.object({ roundId: roundIdParam() });

export const BackupActivationBody = z
  .object({
    productId: uuid(),
    /** the entry's group (分组) where the product is split into groups; absent or null: ungrouped */
    groupKey: z.string().trim().min(1).max(100).nullable().optional(),
    failedCompanyId: uuid(),
    regionCodes: z
      .array(z.string().regex(/^[A-Z]{2,3}$/, 'a region code'))
      .min(1)
      .max(40)
      .refine((codes) => new Set(codes).size === codes.length, 'each region once'),
    reason: z.string().trim().min(1).max(2000),
    /** the first day the backup supplies; absent: today on the round's clock */
    effectiveOn: day.optional(),
    /** put the failed company on the violation list (违规名单) */
    violationList: z.boolean().default(false),
    /** while listed: its last barred day; null: indefinitely */
    violationUntil: day.nullable().optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.violationList && b.violationUntil)
      ctx.addIssue({
        code: 'custom',
        path: ['violationUntil'],
        message: 'only a company put on the violation list has a violation end date',
      });
  })
  .openapi('BackupActivationRequest');
export type BackupActivationInput = z.infer<typeof BackupActivationBody>;

const PassedLine = z.object({
  hospitalId: z.string(),
  regionCode: z.string(),
  endedAgreementId: z.string(),
  agreedVolume: z.string().describe('the failed line’s agreed volume (units)'),
  purchasedUnits: z.string().describe('units already bought under it, not cancelled'),
  backupVolume: z.string().describe('what the backup’s new agreement carries: agreed − purchased, ≥ 0'),
  newAgreementId: z.string(),
});

export const BackupActivation = z
  .object({
    id: z.string(),
    roundId: z.string(),
    productId: z.string(),
    productCode: z.string(),
    productName: z.string(),
    groupKey: z.string().nullable(),
    failedCompanyId: z.string(),
    failedCompanyName: z.string(),
    regionCodes: z.array(z.string()),
    reason: z.string(),
    effectiveOn: day,
    violationListed: z.boolean(),
    violationUntil: day.nullable(),
    backups: z
      .array(
        z.object({
          regionCode: z.string(),
          companyId: z.string(),
          specCode: z.string(),
          unitsPerPack: z.number().int(),
          packPrice: z.string().describe('the backup’s own awarded price per pack'),
        }),
      )
      .describe('who took over each region, at which price'),
    lines: z.array(PassedLine),
    activatedAt: instant,
  })
  .openapi('BackupActivation');
export const BackupActivationList = listOf(BackupActivation, 'BackupActivationList');

export const BackupRegion = z
  .object({
    productId: z.string(),
    productCode: z.string(),
    groupKey: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string(),
    primaryCompanyId: z.string().nullable(),
    primaryCompanyName: z.string().nullable(),
    backupCompanyId: z.string().nullable(),
    backupCompanyName: z.string().nullable(),
  })
  .openapi('BackupRegion');
export const BackupRegionList = listOf(BackupRegion, 'BackupRegionList');
