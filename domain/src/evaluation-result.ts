import type { Quantity } from './money/quantity-sum.js';

/** The contract's output, key order as published: building these objects in this order is the canonical form. */

export const BID_OUTCOMES = [
  'winner',
  'revival-offer',
  'revival-winner',
  'not-shortlisted',
  'price-condition-failed',
  'invalid',
  'negotiation',
] as const;
export type BidOutcome = (typeof BID_OUTCOMES)[number];

export const PRODUCT_STATUSES = [
  'awarded',
  'no-valid-bids',
  'no-winner',
  'negotiation',
  'awaiting-revival',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** In the order `qualifiedBy` lists them. */
export const QUALIFYING_CONDITIONS = [
  'SPREAD_1_8',
  'ABS_FLOOR',
  'REDUCTION_50',
  'ANCHOR',
  'LOWEST',
  'GROUP_A_NO_ELIMINATION',
  'REVIVAL',
] as const;
export type QualifyingCondition = (typeof QUALIFYING_CONDITIONS)[number];

export interface BidResult {
  bidId: string;
  companyId: string;
  unitBidPrice: string | null;
  ucp: string | null;
  reduction: string | null;
  rank: number | null;
  shortlisted: boolean;
  outcome: BidOutcome;
  qualifiedBy: QualifyingCondition[];
  reasons: string[];
  winningUcp: string | null;
  winningPackPrice: string | null;
}

export interface RegionPick {
  turn: number;
  companyId: string;
  regionId: string;
  kind: 'primary' | 'backup';
}

export interface RegionResult {
  regionId: string;
  primary: string | null;
  backup: string | null;
  agreedVolume: Quantity;
}

export interface Allocation {
  institutionId: string | null;
  companyId: string;
  agreedVolume: Quantity;
}

export interface ProductResult {
  productId: string;
  group: string | null;
  status: ProductStatus;
  validBids: number;
  maxShortlist: number;
  lowestUcp: string | null;
  meanUcp: string | null;
  anchorUcp: string | null;
  thresholdUcp: string | null;
  winners: number;
  ratio: string | null;
  cycleYears: number | null;
  agreedVolume: Quantity;
  bids: BidResult[];
  regionPicks: RegionPick[];
  regions: RegionResult[];
  allocations: Allocation[];
}

export interface EvaluationResult {
  ruleset: { name: string; version: string };
  products: ProductResult[];
}

/**
 * Why an outcome fell the way it did where a ⚙ engine convention, not a published rule, decided it.
 * Not part of the canonical output (which other implementations must match byte for byte); shown by --explain.
 */
export interface ConventionNote {
  productId: string;
  group: string | null;
  bidId: string | null;
  text: string;
}

/**
 * A revival offer not yet answered (outcome `revival-offer`). G13 keeps the offer out of the canonical
 * output (winning prices null); the company, the office and `--explain` still need its value.
 */
export interface PendingRevivalOffer {
  productId: string;
  group: string | null;
  bidId: string;
  companyId: string;
  /** the UCP the bid may win at, 4 decimals */
  offerUcp: string;
}

export interface Evaluation {
  result: EvaluationResult;
  notes: ConventionNote[];
  /** in result order: product entries as listed, bids by rank */
  revivalOffers: PendingRevivalOffer[];
}
