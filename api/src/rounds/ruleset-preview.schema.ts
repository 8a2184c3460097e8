import { z } from '@hono/zod-openapi';
import { PatchRoundBody } from './rounds.schema.js';

export const RulesetPreviewBody = z
  .object({
    // judged exactly as a round's ruleset is (the domain's decoder): the same per-field problems
    ruleset: PatchRoundBody.shape.ruleset.describe(
      'the choice to preview (a built-in name or {"extends": …, …overrides}); absent: the round’s own',
    ),
  })
  .openapi('RulesetPreviewRequest');

const change = <T extends z.ZodType>(value: T) => z.object({ a: value, b: value }).nullable();
const text = z.string().nullable();

const PreviewEntry = z
  .object({
    productId: z.string(),
    productName: z.string(),
    group: z.string().nullable(),
    presence: z.enum(['both', 'only-a', 'only-b']),
    same: z.boolean(),
    status: change(text),
    winnersAdded: z.array(z.string()).describe('company ids'),
    winnersRemoved: z.array(z.string()).describe('company ids'),
    prices: z.array(
      z.object({
        companyId: z.string(),
        winningUcp: z.object({ a: text, b: text }),
        winningPackPrice: z.object({ a: text, b: text }),
      }),
    ),
    bidChanges: z.number().int().describe('bids whose outcome, conditions or revival offer differ'),
    winners: change(z.number().int().nullable()),
    ratio: change(text),
    cycleYears: change(z.number().int().nullable()),
    agreedVolume: change(text).describe('whole numbers as decimal strings'),
    regionChanges: z.number().int().describe('regions whose primary or backup supplier differs'),
  })
  .openapi('RulesetPreviewEntry');

export const RulesetPreview = z
  .object({
    source: z.object({
      kind: z.enum(['previous-round', 'sample']),
      roundCode: z.string().nullable(),
      roundName: z.string().nullable(),
      seq: z.number().int().nullable(),
    }),
    base: z.string().describe('the built-in ruleset the choice extends'),
    whatIf: z.string().describe('the choice’s name (the base’s unless the overrides rename it)'),
    overridden: z.array(z.string()).describe('the override keys the choice names'),
    companies: z.record(z.string(), z.string()).describe('company id → name, where known'),
    products: z.array(PreviewEntry),
  })
  .openapi('RulesetPreview');
