import type { Ruleset } from './ruleset.js';

/**
 * The keys a user may override (G01, plus the ladders, tie chain, rank shares and eligibility
 * switches the contract also names as parameters). Shallow merge: an override replaces the whole value.
 */
export const OVERRIDE_KEYS = [
  'name',
  'shortlistTable',
  'priceCondition',
  'spreadMultiple',
  'absFloor',
  'minReduction',
  'anchorShare',
  'regionPicking',
  'backups',
  'brandRouting',
  'creditExcludedFrom',
  'capacityMultiple',
  'dualEnvelope',
  'negotiateSingleBid',
  'thinCompetition',
  'groupBy',
  'groupAShare',
  'noEliminationBelow',
  'volumeFactor',
  'formFactors',
  'ladders',
  'tieChain',
  'rankShares',
  'strengthBase',
  'requireConsistencyEvaluation',
  'qualityLookbackYears',
  'excludeViolationList',
  'exclusiveSoleWinner',
] as const;

type RulesetKey = Exclude<(typeof OVERRIDE_KEYS)[number], 'regionPicking'>;

/** An override, already checked at the edge: `regionPicking` is the contract's switch for volume by regions. */
export type RulesetOverrides = Partial<Pick<Ruleset, RulesetKey>> & { readonly regionPicking?: boolean };

/** Copies a built-in ruleset and changes what the override names: the office's what-if. */
export function applyOverrides(base: Ruleset, overrides: RulesetOverrides): Ruleset {
  const { regionPicking, ...rest } = overrides;
  const merged: Ruleset = { ...base, ...rest, name: overrides.name ?? base.name };
  if (regionPicking === undefined) return merged;
  if (regionPicking) return { ...merged, volumeAllocation: 'regions' };
  return merged.volumeAllocation === 'regions'
    ? { ...merged, volumeAllocation: 'none', backups: false }
    : merged;
}
