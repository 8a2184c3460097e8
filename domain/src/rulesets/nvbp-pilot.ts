import { GENERAL_LADDER, NATIONAL_BASE } from './national-defaults.js';
import type { Ruleset } from './ruleset.js';

/** The "4+7" pilot: one winner, the lowest bid; the winner supplies every region; no backups. */
export const NVBP_PILOT: Ruleset = {
  ...NATIONAL_BASE,
  name: 'nvbp-pilot',
  shortlistTable: [1],
  priceCondition: 'lowest',
  minReduction: null,
  // G19: the pilot knows no designated anti-infective class
  ladders: { general: GENERAL_LADDER, 'designated-anti-infective': GENERAL_LADDER },
  backups: false,
};
