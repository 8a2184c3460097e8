/**
 * The named evaluation result (GET /rounds/{id}/evaluation/result) as the portal reads it: the
 * contract's output (docs/rules.md §13) with a name after every id and each bid's spec code. The
 * API types `products` loosely (the contract's own schema lives in the domain), so its shape is
 * written down here, for the fields the pages show.
 */
export interface NamedBid {
  readonly bidId: string;
  readonly companyId: string;
  readonly companyName: string | null;
  readonly specCode: string | null;
  readonly unitBidPrice: string | null;
  readonly ucp: string | null;
  readonly reduction: string | null;
  readonly rank: number | null;
  readonly shortlisted: boolean;
  readonly outcome: BidOutcome;
  readonly qualifiedBy: readonly string[];
  readonly reasons: readonly string[];
  readonly winningUcp: string | null;
  readonly winningPackPrice: string | null;
}

export interface NamedProduct {
  readonly productId: string;
  readonly productName: string | null;
  readonly group: string | null;
  readonly status: string;
  readonly validBids: number;
  readonly maxShortlist: number;
  readonly lowestUcp: string | null;
  readonly meanUcp: string | null;
  readonly anchorUcp: string | null;
  readonly thresholdUcp: string | null;
  readonly winners: number;
  readonly ratio: string | null;
  readonly cycleYears: number | null;
  readonly bids: readonly NamedBid[];
}

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

/** Outcomes that win (拟中选 until the award is fixed, 中选 after). */
export const isWinning = (outcome: BidOutcome) => outcome === 'winner' || outcome === 'revival-winner';

/** Rounds past this point have a fixed award: winners are 中选, no longer 拟中选. */
export const AWARDED_STATES: readonly string[] = ['awarded', 'region-selection', 'volumes-agreed'];

export interface RevivalOfferView {
  readonly id: string;
  readonly productCode: string;
  readonly group: string | null;
  readonly bidId: string;
  readonly offerUcp: string;
  readonly answer: 'accept' | 'decline' | null;
  readonly answeredAt: string | null;
  readonly closesAt: string | null;
}

/** One product as my company sees it after opening: my bids explained, and the winners. */
export interface ProductOutcome {
  readonly key: string;
  readonly product: NamedProduct;
  readonly mine: readonly { readonly bid: NamedBid; readonly offer: RevivalOfferView | null }[];
  readonly winners: readonly NamedBid[];
}

/** Per product (× group) in the result's order: my company's bids with their revival offers, and the winners. */
export function outcomesFor(
  products: readonly NamedProduct[],
  companyId: string,
  offers: readonly RevivalOfferView[],
): ProductOutcome[] {
  const offerOf = new Map(offers.map((o) => [o.bidId, o]));
  return products.map((product) => ({
    key: `${product.productId}|${product.group ?? ''}`,
    product,
    mine: product.bids
      .filter((b) => b.companyId === companyId)
      .map((bid) => ({ bid, offer: offerOf.get(bid.bidId) ?? null })),
    winners: product.bids.filter((b) => isWinning(b.outcome)),
  }));
}
