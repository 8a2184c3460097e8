import { NATIONAL_BASE } from './national-defaults.js';
import type { Ruleset } from './ruleset.js';

const FLAT = { ratio: ['0.60'], cycleYears: [2] };

/** Consumables alliance: T9, spread, negotiation with a single bidder, 60 % of demand shared by rank. */
export const CONSUMABLES_ALLIANCE: Ruleset = {
  ...NATIONAL_BASE,
  name: 'consumables-alliance',
  negotiateSingleBid: true,
  ladders: { general: FLAT, 'designated-anti-infective': FLAT },
  exclusiveSoleWinner: false,
  volumeAllocation: 'rank-shares',
  // docs/rules.md §11.4: 2 winners rank 1 ≥ 60 %; 3 winners 60 %, 60 % of the rest; ≥ 4 winners 50 % each of the rest
  rankShares: ['0.60', '0.60', '0.50'],
  backups: false,
};
