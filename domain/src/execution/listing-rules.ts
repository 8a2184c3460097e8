import { Dec } from '../money/decimal.js';
import type { ExecutionRules } from './execution-rules.js';

/** A price per pack of a spec: what a listing (挂网) and an award are stated in. */
export interface PackPrice {
  readonly specCode: string;
  readonly unitsPerPack: number;
  /** decimal string, 2 places */
  readonly packPrice: string;
}

/** A company's listing of one product as it stands. */
export interface CurrentListing extends PackPrice {
  readonly companyId: string;
  readonly status: 'listed' | 'delisted';
}

/** A winner of the round's entry for the product, at its awarded price. */
export interface ListingWinner extends PackPrice {
  readonly companyId: string;
}

export type ListingReason = 'AWARDED_PRICE' | 'OVER_CAP' | 'DID_NOT_BID';

/** One change the round's rules make to a product's listings. */
export interface ListingPlan extends PackPrice {
  readonly companyId: string;
  readonly status: 'listed' | 'delisted';
  readonly reason: ListingReason;
}

export type ListingRules = Pick<ExecutionRules, 'nonWinnerListedPriceCapRatio' | 'delistNonBidders'>;

const unitPrice = (p: PackPrice) => new Dec(p.packPrice).dividedBy(p.unitsPerPack);

/**
 * docs/rules.md §12.9: the highest pack price a non-winner may list a pack of `unitsPerPack` units at —
 * the highest awarded unit price × `nonWinnerListedPriceCapRatio` × units, rounded down to the fen so the
 * cap itself never exceeds the rule. Null without a winner (no cap).
 */
export function nonWinnerPriceCap(
  winners: readonly PackPrice[],
  unitsPerPack: number,
  rules: ListingRules,
): Dec | null {
  if (winners.length === 0) return null;
  const highest = winners.map(unitPrice).reduce((a, b) => (b.greaterThan(a) ? b : a));
  return highest
    .times(rules.nonWinnerListedPriceCapRatio)
    .times(unitsPerPack)
    .toDecimalPlaces(2, Dec.ROUND_DOWN);
}

const samePrice = (a: PackPrice, b: PackPrice) =>
  a.specCode === b.specCode && a.unitsPerPack === b.unitsPerPack && new Dec(a.packPrice).equals(b.packPrice);

/**
 * docs/rules.md §12.9: what the round's award changes in one product's listings, in company order.
 * A winner is listed at its awarded price; a listed non-winner that bid keeps its listing, lowered to
 * the cap when above it; a listed company that did not bid is delisted (撤网) when `delistNonBidders`.
 * Only differences are returned, so planning again over the result plans nothing (idempotent).
 */
export function planListingChanges(
  winners: readonly ListingWinner[],
  bidders: ReadonlySet<string>,
  listings: readonly CurrentListing[],
  rules: ListingRules,
): ListingPlan[] {
  const current = new Map(listings.map((l) => [l.companyId, l]));
  const plans: ListingPlan[] = [];
  const winnerIds = new Set(winners.map((w) => w.companyId));
  for (const w of winners) {
    const now = current.get(w.companyId);
    if (now && now.status === 'listed' && samePrice(now, w)) continue;
    plans.push({ ...pick(w), companyId: w.companyId, status: 'listed', reason: 'AWARDED_PRICE' });
  }
  for (const l of listings) {
    if (winnerIds.has(l.companyId) || l.status === 'delisted') continue;
    if (!bidders.has(l.companyId)) {
      if (rules.delistNonBidders)
        plans.push({ ...pick(l), companyId: l.companyId, status: 'delisted', reason: 'DID_NOT_BID' });
      continue;
    }
    const cap = nonWinnerPriceCap(winners, l.unitsPerPack, rules);
    if (cap === null || !new Dec(l.packPrice).greaterThan(cap)) continue;
    // a cap under a fen cannot be listed at: the listing is withdrawn instead
    plans.push(
      cap.isZero()
        ? { ...pick(l), companyId: l.companyId, status: 'delisted', reason: 'OVER_CAP' }
        : {
            ...pick(l),
            packPrice: cap.toFixed(2),
            companyId: l.companyId,
            status: 'listed',
            reason: 'OVER_CAP',
          },
    );
  }
  return plans.sort((a, b) => (a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0));
}

const pick = (p: PackPrice): PackPrice => ({
  specCode: p.specCode,
  unitsPerPack: p.unitsPerPack,
  packPrice: p.packPrice,
});
