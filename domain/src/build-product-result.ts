import { formatDecimal } from './money/rounding.js';
import { Dec } from './money/decimal.js';
import type { BidResult, ProductResult } from './evaluation-result.js';
import type { Candidate } from './selection/candidate.js';
import type { Selection } from './selection/select-winners.js';
import type { Verdict } from './selection/verdict.js';
import type { EntryVolume } from './volume/entry-volume.js';

const f4 = (d: Dec | null | undefined): string | null => (d ? formatDecimal(d, 4) : null);
const f2 = (d: Dec | null | undefined): string | null => (d ? formatDecimal(d, 2) : null);

/** The contract's product entry, keys in the published order. */
export function buildProductResult(
  productId: string,
  group: string | null,
  selection: Selection,
  invalid: readonly Candidate[],
  winners: number,
  volume: EntryVolume,
): ProductResult {
  return {
    productId,
    group,
    status: selection.status,
    validBids: selection.verdicts.length,
    maxShortlist: selection.maxShortlist,
    lowestUcp: f4(selection.lowestUcp),
    meanUcp: f4(selection.meanUcp),
    anchorUcp: f4(selection.anchorUcp),
    thresholdUcp: f4(selection.thresholdUcp),
    winners,
    ratio: volume.ratio === null ? null : formatDecimal(new Dec(volume.ratio), 2),
    cycleYears: volume.cycleYears,
    agreedVolume: volume.agreedVolume,
    bids: [...selection.verdicts.map(rankedBidResult), ...invalid.map(invalidBidResult)],
    regionPicks: volume.regionPicks,
    regions: volume.regions,
    allocations: volume.allocations,
  };
}

function rankedBidResult(v: Verdict): BidResult {
  return {
    bidId: v.bid.bid.id,
    companyId: v.bid.bid.companyId,
    unitBidPrice: f4(v.bid.price.unitBidPrice),
    ucp: f4(v.bid.price.ucp),
    reduction: f4(v.bid.price.reduction),
    rank: v.rank,
    shortlisted: v.shortlisted,
    outcome: v.outcome,
    qualifiedBy: v.qualifiedBy,
    reasons: v.flags,
    winningUcp: f4(v.winningUcp),
    winningPackPrice: f2(v.winningPackPrice),
  };
}

function invalidBidResult(c: Candidate): BidResult {
  return {
    bidId: c.bid.id,
    companyId: c.bid.companyId,
    unitBidPrice: f4(c.price?.unitBidPrice),
    ucp: f4(c.price?.ucp),
    reduction: f4(c.price?.reduction),
    rank: null,
    shortlisted: false,
    outcome: 'invalid',
    qualifiedBy: [],
    reasons: c.reasons,
    winningUcp: null,
    winningPackPrice: null,
  };
}
