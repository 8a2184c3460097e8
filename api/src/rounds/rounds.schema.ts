import { z } from '@hono/zod-openapi';
import { roundIdParam } from '../http/ids.js';
import { BUILT_IN_RULESET_NAMES, decodeRulesetChoice, ROUND_STATES } from '@jicai/domain';
import { CalendarView } from './calendar.schema.js';
import { listOf } from '../http/list.js';

/** `ruleset.ladders.general.ratio[0]` → zod path segments, so the router's hook prints it back the same. */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[0]));
}

/**
 * The round's ruleset: a built-in name or `{"extends": …, …overrides}`, judged by the domain's
 * decodeRulesetChoice so the API and the CLI accept exactly the same choices, with the same messages.
 */
function checkRulesetChoice(raw: unknown, ctx: z.RefinementCtx): void {
  const decoded = decodeRulesetChoice(raw, 'ruleset');
  if (decoded.ok) return;
  // zod prepends the field's own name
  for (const p of decoded.problems)
    ctx.addIssue({ code: 'custom', message: p.message, path: pathSegments(p.path).slice(1) });
}

const rulesetDoc = {
  description: `a built-in ruleset name (${BUILT_IN_RULESET_NAMES.join(', ')}) or an override object {"extends": "<built-in>", …overrides}`,
  example: 'nvbp-11',
};
// absent is the domain's "required" problem on create; on a patch, absent means unchanged
const rulesetChoice = z.unknown().superRefine(checkRulesetChoice).openapi(rulesetDoc);
const optionalRulesetChoice = z.unknown().superRefine(checkRulesetChoice).optional().openapi(rulesetDoc);

const name = z.string().trim().min(1, 'required').max(200);
const regionCodes = z
  .array(z.string())
  .max(50)
  .describe('the regions of the alliance (region codes); unique')
  .openapi({ example: ['GZ', 'YN'] });

export const CreateRoundBody = z
  .object({
    code: z
      .string()
      .toUpperCase() // round codes are case-insensitive: kept in capitals, the form routes resolve
      .regex(
        /^[A-Z0-9]+(-[A-Z0-9]+)*$/,
        'capital letters and digits in dash-separated parts, e.g. GY-YD2026-1',
      )
      .max(40),
    name,
    regionCodes: regionCodes.default([]),
    ruleset: rulesetChoice,
  })
  .openapi('CreateRoundRequest');

export const PatchRoundBody = z
  .object({ name: name.optional(), regionCodes: regionCodes.optional(), ruleset: optionalRulesetChoice })
  .refine(
    (b) => b.name !== undefined || b.regionCodes !== undefined || b.ruleset !== undefined,
    'nothing to change: give name, regionCodes or ruleset',
  )
  .openapi('PatchRoundRequest');

export const CancelRoundBody = z
  .object({ reason: z.string().trim().min(1, 'required').max(500) })
  .openapi('CancelRoundRequest');

export const RoundIdParam = z.object({
  roundId: roundIdParam(),
});

export const Region = z.object({ code: z.string(), name: z.string() }).openapi('Region');
export const RegionList = listOf(Region, 'RegionList');

export const Round = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    state: z.enum(ROUND_STATES),
    ruleset: z.unknown().describe('the choice as the office gave it'),
    rulesetName: z.string().nullable(),
    rulesetFrozen: z.unknown().describe('the resolved ruleset, frozen at publish; null while draft'),
    regions: z.array(Region),
    calendar: CalendarView.nullable(),
    productCount: z.number().int(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('Round');

export const RoundList = listOf(Round, 'RoundList');
