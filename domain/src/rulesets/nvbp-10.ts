import { NATIONAL_BASE, T10 } from './national-defaults.js';
import type { Ruleset } from './ruleset.js';

/** National batch 10: T10, spread with revival; (c) dropped; the 0.1000 floor for oral solids only (G14). */
export const NVBP_10: Ruleset = {
  ...NATIONAL_BASE,
  name: 'nvbp-10',
  shortlistTable: T10,
  priceCondition: 'spread-revival',
  absFloor: { 'oral-solid': '0.1000' },
  minReduction: null,
};
