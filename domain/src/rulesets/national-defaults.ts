import { DEFAULT_EXECUTION_RULES } from '../execution/execution-rules.js';
import type { Ladder, Ruleset, TieStep } from './ruleset.js';

/** The national tie chain (docs/rules.md §7). */
export const NATIONAL_TIE_CHAIN: readonly TieStep[] = [
  { key: 'ucp', order: 'asc' },
  { key: 'creditRank', order: 'asc' },
  { key: 'regionsSuppliedLastYear', order: 'desc' },
  { key: 'salesVolume', order: 'desc' },
  { key: 'consistencyPassedOn', order: 'asc' },
  { key: 'approvalDate', order: 'asc' },
];

/** Table T9, batches ≤ 9 (docs/rules.md §7): stored, it follows no formula. */
export const T9 = [1, 2, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 10, 10, 10, 10] as const;
/** Table T10, batches 10 and 11. */
export const T10 = [1, 2, 2, 3, 3, 3, 4, 5, 6, 6, 7, 8, 8, 9, 9, 10] as const;

export const GENERAL_LADDER: Ladder = { ratio: ['0.50', '0.60', '0.70', '0.80'], cycleYears: [1, 1, 2, 3] };
export const ANTI_INFECTIVE_LADDER: Ladder = {
  ratio: ['0.30', '0.40', '0.50', '0.50'],
  cycleYears: [1, 1, 2, 2],
};

const ALL_FORMS_FLOOR = {
  'oral-solid': '0.1000',
  'oral-liquid': '0.1000',
  injection: '0.1000',
  consumable: '0.1000',
  other: '0.1000',
} as const;

/** What the national batch-7 rules say; every built-in is this with its differences spelled out. */
export const NATIONAL_BASE: Ruleset = {
  name: 'nvbp-7',
  shortlistTable: T9,
  priceCondition: 'spread',
  spreadMultiple: '1.8',
  absFloor: ALL_FORMS_FLOOR,
  minReduction: '0.50',
  anchorShare: '0.5',
  strengthBase: '1.7',
  volumeFactor: { kind: 'none' },
  formFactors: {},
  tieChain: NATIONAL_TIE_CHAIN,
  requireConsistencyEvaluation: true,
  qualityLookbackYears: 2,
  creditExcludedFrom: 3,
  excludeViolationList: true,
  capacityMultiple: null,
  dualEnvelope: false,
  negotiateSingleBid: false,
  thinCompetition: null,
  groupBy: 'none',
  groupAShare: '0.80',
  noEliminationBelow: 6,
  ladders: { general: GENERAL_LADDER, 'designated-anti-infective': ANTI_INFECTIVE_LADDER },
  exclusiveSoleWinner: true,
  volumeAllocation: 'regions',
  rankShares: [],
  backups: true,
  brandRouting: false,
  demandFloorShare: '0.80',
  execution: DEFAULT_EXECUTION_RULES,
};
