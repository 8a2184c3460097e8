import { NVBP_10 } from './nvbp-10.js';
import type { Ruleset } from './ruleset.js';

/** National batch 11: T10, the anchor rule with revival, demand reported by brand goes to that brand. */
export const NVBP_11: Ruleset = {
  ...NVBP_10,
  name: 'nvbp-11',
  priceCondition: 'anchor',
  brandRouting: true,
};
