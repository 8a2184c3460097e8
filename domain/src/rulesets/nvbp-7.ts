import { NATIONAL_BASE } from './national-defaults.js';
import type { Ruleset } from './ruleset.js';

/** National batch 7: T9, spread (1.8 × low, 0.1000 floor, 50 % reduction), primary + backup regions. */
export const NVBP_7: Ruleset = NATIONAL_BASE;
