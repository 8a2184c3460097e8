import { CONSUMABLES_ALLIANCE } from './consumables-alliance.js';
import { GD_ALLIANCE } from './gd-alliance.js';
import { NVBP_10 } from './nvbp-10.js';
import { NVBP_11 } from './nvbp-11.js';
import { NVBP_7 } from './nvbp-7.js';
import { NVBP_PILOT } from './nvbp-pilot.js';
import type { Ruleset } from './ruleset.js';

/** The six built-in rulesets of the evaluation contract, by name. */
export const BUILT_IN_RULESETS: Readonly<Record<string, Ruleset>> = Object.freeze({
  'nvbp-pilot': NVBP_PILOT,
  'nvbp-7': NVBP_7,
  'nvbp-10': NVBP_10,
  'nvbp-11': NVBP_11,
  'gd-alliance': GD_ALLIANCE,
  'consumables-alliance': CONSUMABLES_ALLIANCE,
});

export const BUILT_IN_RULESET_NAMES = Object.keys(BUILT_IN_RULESETS);

export function findBuiltInRuleset(name: string): Ruleset | undefined {
  return Object.hasOwn(BUILT_IN_RULESETS, name) ? BUILT_IN_RULESETS[name] : undefined;
}
