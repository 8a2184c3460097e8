import type { ExecutionRules } from '../execution/execution-rules.js';
import type { Form } from '../round-input.js';

/** Everything the rule book leaves to a programme, as data. Decimal values are decimal strings. */

export const PRICE_CONDITIONS = ['spread', 'spread-revival', 'anchor', 'lowest'] as const;
export type PriceCondition = (typeof PRICE_CONDITIONS)[number];

export const TIE_KEYS = [
  'ucp',
  'creditRank',
  'regionsSuppliedLastYear',
  'salesVolume',
  'consistencyPassedOn',
  'approvalDate',
] as const;
export type TieKey = (typeof TIE_KEYS)[number];
export interface TieStep {
  readonly key: TieKey;
  readonly order: 'asc' | 'desc';
}

/** Ladders are indexed by W − 1; W beyond the last entry uses the last entry. */
export interface Ladder {
  readonly ratio: readonly string[];
  readonly cycleYears: readonly number[];
}

export type VolumeFactorRule =
  { readonly kind: 'none' } | { readonly kind: 'pow'; readonly base: string; readonly freeUpToMl: string };

export type Grouping = 'none' | 'bid.group' | 'market-volume';

export type VolumeAllocation = 'regions' | 'rank-shares' | 'none';

export interface Ruleset {
  readonly name: string;
  /** maxShortlist(N) = min(table[N − 1], N); N beyond the table uses its last entry (docs/rules.md §7, G54) */
  readonly shortlistTable: readonly number[];
  readonly priceCondition: PriceCondition;
  /** 1.8 in (a) and in the anchor threshold */
  readonly spreadMultiple: string;
  /** absolute floor per form (b); a form absent from the map has no floor */
  readonly absFloor: Readonly<Partial<Record<Form, string>>>;
  /** (c) reduction ≥ this; null drops (c) */
  readonly minReduction: string | null;
  readonly anchorShare: string;
  /** docs/rules.md §5: doubling the strength multiplies the price by this */
  readonly strengthBase: string;
  readonly volumeFactor: VolumeFactorRule;
  readonly formFactors: Readonly<Partial<Record<Form, string>>>;
  /** tie chain after which ⚙ submittedAt asc, then bid id asc always follow */
  readonly tieChain: readonly TieStep[];
  // eligibility switches (docs/rules.md §6)
  readonly requireConsistencyEvaluation: boolean;
  readonly qualityLookbackYears: number | null;
  /** creditRank ≥ this is excluded; null: no credit exclusion */
  readonly creditExcludedFrom: number | null;
  readonly excludeViolationList: boolean;
  /** capacity ≥ multiple × first-year base; null: not checked */
  readonly capacityMultiple: string | null;
  readonly dualEnvelope: boolean;
  // competition (docs/rules.md §8)
  readonly negotiateSingleBid: boolean;
  readonly thinCompetition: { readonly maxBidders: number; readonly minReduction: string } | null;
  // groups (docs/rules.md §9)
  readonly groupBy: Grouping;
  readonly groupAShare: string;
  readonly noEliminationBelow: number;
  // volume (docs/rules.md §10)
  readonly ladders: { readonly general: Ladder; readonly 'designated-anti-infective': Ladder };
  /** an exclusive product with a single winner takes ratio 1.00 (docs/rules.md §10) */
  readonly exclusiveSoleWinner: boolean;
  readonly volumeAllocation: VolumeAllocation;
  /** rank shares (docs/rules.md §11.4): minimum share of the remainder for each non-last winner, indexed by W − 2 */
  readonly rankShares: readonly string[];
  // regions (docs/rules.md §11)
  readonly backups: boolean;
  readonly brandRouting: boolean;
  // demand reporting (报量): a report below this share of last year's usage needs a written reason
  readonly demandFloorShare: string;
  // execution after award (docs/rules.md §12)
  readonly execution: ExecutionRules;
}

/** The contract version printed as `ruleset.version` (G02). */
export const CONTRACT_VERSION = '1';
