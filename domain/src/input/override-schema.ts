import { z } from 'zod';
import { FORMS } from '../round-input.js';
import type { OVERRIDE_KEYS, RulesetOverrides } from '../rulesets/apply-overrides.js';
import { PRICE_CONDITIONS, TIE_KEYS } from '../rulesets/ruleset.js';
import { decimalText, flag, integer, oneOf, requiredOr, text } from './field-schemas.js';

/**
 * The value of every override key (G01 and the further parameters of apply-overrides.ts), checked
 * against the Ruleset type. Decimal values stay decimal strings, as the Ruleset holds them.
 */

const formMap = () =>
  z.partialRecord(z.enum(FORMS), decimalText(), {
    // zod reports keys outside the enum as unrecognized_keys, a code this map's type does not list
    error: (issue) =>
      'keys' in issue
        ? `not a form (allowed: ${FORMS.join(', ')})`
        : requiredOr('expected an object: form → decimal string')(issue),
  });

const ladder = z.object({
  // a ratio is a share of the reported demand
  ratio: z.array(decimalText({ atMostOne: true })).min(1),
  cycleYears: z.array(integer(1)).min(1),
});

const shape = {
  name: text(),
  shortlistTable: z.array(integer(1)).min(1),
  priceCondition: oneOf(PRICE_CONDITIONS),
  spreadMultiple: decimalText(),
  absFloor: formMap(),
  minReduction: decimalText().nullable(),
  anchorShare: decimalText(),
  regionPicking: flag(),
  backups: flag(),
  brandRouting: flag(),
  creditExcludedFrom: integer().nullable(),
  capacityMultiple: decimalText().nullable(),
  dualEnvelope: flag(),
  negotiateSingleBid: flag(),
  thinCompetition: z
    .object({ maxBidders: integer(), minReduction: decimalText() }, { error: 'expected an object or null' })
    .nullable(),
  // null is the contract's "no grouping"
  groupBy: z
    .enum(['bid.group', 'market-volume', 'none'], {
      error: 'must be one of "bid.group", "market-volume", "none" or null',
    })
    .nullable()
    .transform((grouping) => grouping ?? 'none'),
  groupAShare: decimalText({ atMostOne: true }),
  noEliminationBelow: integer(),
  volumeFactor: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    // base 0 would make every factor infinite
    z.object({ kind: z.literal('pow'), base: decimalText({ positive: true }), freeUpToMl: decimalText() }),
  ]),
  formFactors: formMap(),
  ladders: z.object({ general: ladder, 'designated-anti-infective': ladder }),
  tieChain: z.array(z.object({ key: oneOf(TIE_KEYS), order: oneOf(['asc', 'desc']) })),
  rankShares: z.array(decimalText({ atMostOne: true })),
  strengthBase: decimalText({ positive: true }),
  requireConsistencyEvaluation: flag(),
  qualityLookbackYears: integer().nullable(),
  excludeViolationList: flag(),
  exclusiveSoleWinner: flag(),
} satisfies Record<(typeof OVERRIDE_KEYS)[number], z.ZodType>;

/** Absent keys stay absent: an override replaces only what it names (shallow merge, G01). */
export const overrideSchema = z
  .object(shape)
  .partial()
  .transform((overrides): RulesetOverrides => overrides);
