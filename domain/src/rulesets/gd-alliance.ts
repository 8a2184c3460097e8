import { GENERAL_LADDER, NATIONAL_BASE } from './national-defaults.js';
import type { Ruleset } from './ruleset.js';

/** Guangdong alliance: groups A/B by last year's market volume, spread in each, hospitals choose later. */
export const GD_ALLIANCE: Ruleset = {
  ...NATIONAL_BASE,
  name: 'gd-alliance',
  groupBy: 'market-volume',
  ladders: { general: GENERAL_LADDER, 'designated-anti-infective': GENERAL_LADDER },
  volumeAllocation: 'none',
  backups: false,
};
