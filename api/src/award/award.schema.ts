import { z } from '@hono/zod-openapi';
import { roundIdParam, uuidParam } from '../http/ids.js';
import { Correction } from './corrections.js';
import { EVALUATION_REASONS, OBJECTION_STATUSES, OBJECTION_TYPES } from './award.table.js';
import { listOf, PageQuery } from '../http/list.js';

const code = z.string().min(1).max(64);
const instant = z.string().openapi({ example: '2026-11-20T09:30:00+08:00' });

export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const OfferIdParam = z.object({ roundId: roundIdParam(), offerId: uuidParam('offerId') });
export const ObjectionIdParam = z.object({ roundId: roundIdParam(), id: uuidParam('id') });
export const ProductCodeParam = z.object({
  roundId: roundIdParam(),
  productCode: code.openapi({ param: { name: 'productCode', in: 'path' } }),
});
export const SeqQuery = z.object({
  seq: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({
      param: { name: 'seq', in: 'query' },
      description: 'a record of the round; default the latest',
    }),
});

/** the named result, whole or without the per-hospital and per-region rows (thousands in a national round) */
export const NamedResultQuery = SeqQuery.extend({
  view: z
    .enum(['full', 'summary'])
    .default('full')
    .openapi({
      param: { name: 'view', in: 'query' },
      description: 'summary: each product without its allocations, regions and region picks',
    }),
});

export const EvaluationRecord = z
  .object({
    seq: z.number().int(),
    reason: z.enum(EVALUATION_REASONS),
    createdAt: instant,
    ruleset: z.object({ name: z.string(), version: z.string() }),
    inputSha256: z.string(),
    outputSha256: z.string(),
    signature: z
      .object({
        algorithm: z.literal('Ed25519'),
        keyId: z.string().nullable(),
        value: z.string().describe('base64 Ed25519 signature of signedText (UTF-8)'),
        signedText: z.string(),
        publicKeyPem: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi('EvaluationRecord');
export const EvaluationRecordList = listOf(EvaluationRecord, 'EvaluationRecordList');

export const NamedEvaluationResult = z
  .object({
    roundId: z.string(),
    seq: z.number().int(),
    ruleset: z.unknown(),
    products: z.unknown().openapi({
      description:
        'the published output.json products, each id followed by its name (companyName, institutionName, regionName, productName, primaryName, backupName) and each bid by its specCode',
    }),
  })
  .openapi('NamedEvaluationResult');
export const EvaluationNames = z
  .object({
    roundId: z.string(),
    seq: z.number().int(),
    organisations: z.record(z.string(), z.string()).openapi({ description: 'companies and hospitals by id' }),
    regions: z.record(z.string(), z.string()).openapi({ description: 'by region code' }),
    products: z.record(z.string(), z.string()).openapi({ description: 'by product code' }),
  })
  .openapi('EvaluationNames');

export const AwardSettingsBody = z
  .object({
    revivalWindowHours: z.number().int().min(1).max(720),
    regionTurnMinutes: z.number().int().min(1).max(10_080),
  })
  .openapi('AwardSettings');

export const RevivalOffer = z
  .object({
    id: z.string(),
    productCode: z.string(),
    group: z.string().nullable(),
    bidId: z.string(),
    offerUcp: z.string().openapi({ example: '0.3600' }),
    answer: z.enum(['accept', 'decline']).nullable(),
    answeredAt: instant.nullable(),
    closesAt: instant.nullable(),
  })
  .openapi('RevivalOffer');
export const RevivalOfferList = listOf(RevivalOffer, 'RevivalOfferList');
export const RevivalAnswerBody = z.object({ answer: z.enum(['accept', 'decline']) }).openapi('RevivalAnswer');
export const RoundStateResult = z.object({ state: z.string() }).openapi('RoundStateResult');

export const ProposedPublished = z
  .object({ proposedAt: instant, objectionEndsAt: instant })
  .openapi('ProposedPublished');

export const ObjectionBody = z
  .object({
    type: z.enum(OBJECTION_TYPES),
    productCode: code,
    statement: z.string().trim().min(1).max(10_000),
  })
  .openapi('ObjectionRequest');
export const Objection = z
  .object({
    id: z.string(),
    companyId: z.string(),
    type: z.enum(OBJECTION_TYPES),
    productCode: z.string(),
    statement: z.string(),
    status: z.enum(OBJECTION_STATUSES),
    answer: z.string().nullable(),
    correction: z.unknown(),
    filedAt: instant,
    answeredAt: instant.nullable(),
  })
  .openapi('Objection');
export const ObjectionList = listOf(Objection, 'ObjectionList');
/** the office's inbox: open ones to answer, answered ones (upheld or rejected) to look back on */
export const ObjectionListQuery = PageQuery.extend({
  status: z
    .enum(['open', 'answered', ...OBJECTION_STATUSES.filter((s) => s !== 'open')])
    .optional()
    .openapi({
      param: { name: 'status', in: 'query' },
      description: 'open, answered (upheld or rejected), upheld or rejected',
    }),
});
export type ObjectionStatusFilter = NonNullable<z.infer<typeof ObjectionListQuery>['status']>;
const answer = z.string().trim().min(1).max(10_000);
export const ObjectionAnswerBody = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('upheld'), answer, correction: Correction }),
    z.object({ decision: z.literal('rejected'), answer }),
  ])
  .openapi('ObjectionAnswer');
export const AwardFixed = z.object({ state: z.string(), awardedAt: instant }).openapi('AwardFixed');

const RegionPick = z.object({
  turn: z.number().int(),
  companyId: z.string(),
  companyName: z.string().nullable(),
  regionId: z.string(),
  regionName: z.string().nullable(),
  kind: z.enum(['primary', 'backup']),
  deadline: instant,
  pickedAt: instant,
  byDefault: z.boolean(),
});
export const RegionSelection = z
  .object({
    state: z.string(),
    turnMinutes: z.number().int(),
    entries: z.array(
      z.object({
        productCode: z.string(),
        productName: z.string().nullable(),
        group: z.string().nullable(),
        winners: z.array(z.string()),
        winnerNames: z.array(z.string().nullable()).openapi({ description: 'beside `winners`, same order' }),
        currentTurn: z
          .object({
            turn: z.number().int(),
            companyId: z.string(),
            companyName: z.string().nullable(),
            kind: z.enum(['primary', 'backup']),
            allowedRegions: z.array(z.string()),
            allowedRegionNames: z
              .array(z.string().nullable())
              .openapi({ description: 'beside `allowedRegions`, same order' }),
            deadline: instant,
          })
          .nullable(),
        picks: z.array(RegionPick),
      }),
    ),
  })
  .openapi('RegionSelection');
export const PickBody = z
  .object({ productCode: code, group: z.string().min(1).nullable().default(null), regionId: code })
  .openapi('RegionPickRequest');
export const PreferencesBody = z.object({ regions: z.array(code).max(64) }).openapi('RegionPreferences');
export const Preferences = z
  .object({ productCode: z.string(), regions: z.array(z.string()) })
  .openapi('RegionPreferencesSet');
export const AgreedVolumeList = listOf(
  z.object({
    productCode: z.string(),
    productName: z.string(),
    group: z.string().nullable(),
    hospitalId: z.string().nullable(),
    hospitalName: z.string().nullable(),
    regionId: z.string().nullable().openapi({ description: "the hospital's region" }),
    regionName: z.string().nullable(),
    companyId: z.string(),
    companyName: z.string(),
    specCode: z.string().nullable().openapi({ description: 'the spec the company won with' }),
    unitsPerPack: z.number().int().nullable(),
    agreedVolume: z.number().int().openapi({ description: 'smallest units (片/粒/支/袋/瓶)' }),
    awardedPrice: z
      .string()
      .nullable()
      .openapi({ example: '7.00', description: '中选价: the winning pack price of the spec (yuan)' }),
    amount: z.string().nullable().openapi({
      example: '6000.00',
      description: 'awardedPrice × agreedVolume ÷ unitsPerPack, half up to the fen (yuan)',
    }),
  }),
  'AgreedVolumeList',
);
