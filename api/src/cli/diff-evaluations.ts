import type {
  BidOutcome,
  BidResult,
  EvaluationResult,
  PendingRevivalOffer,
  ProductResult,
  ProductStatus,
  QualifyingCondition,
  Quantity,
} from '@jicai/domain';

/**
 * The what-if (contract "Built-in rulesets"): the same round under rulesets A and B, product entry
 * by product entry, reduced to what an office asks about. Pure data; format-diff.ts words it.
 */

export interface Change<T> {
  readonly a: T;
  readonly b: T;
}

export interface CompanyPriceChange {
  readonly companyId: string;
  readonly winningUcp: Change<string | null>;
  readonly winningPackPrice: Change<string | null>;
}

/** A bid whose outcome or qualifying conditions differ; null: the bid is not in that entry. */
export interface BidChange {
  readonly bidId: string;
  readonly companyId: string;
  readonly outcome: Change<BidOutcome | null> | null;
  readonly qualifiedBy: Change<readonly QualifyingCondition[] | null> | null;
  /** a pending revival offer's UCP (not in the canonical result, G13); null: no offer pending */
  readonly offerUcp: Change<string | null> | null;
}

/** Pending offers by entry key and bid id. */
type Offers = ReadonlyMap<string, string>;

export interface RegionChange {
  readonly regionId: string;
  readonly primary: Change<string | null>;
  readonly backup: Change<string | null>;
}

export interface ProductDiff {
  readonly productId: string;
  readonly group: string | null;
  /** an entry can exist under one ruleset only when the two group bids differently */
  readonly presence: 'both' | 'only-a' | 'only-b';
  readonly same: boolean;
  readonly status: Change<ProductStatus | null> | null;
  readonly winnersAdded: readonly string[];
  readonly winnersRemoved: readonly string[];
  readonly prices: readonly CompanyPriceChange[];
  /** what each bid came to and qualified by: a winner that keeps winning on fewer conditions is a difference */
  readonly bids: readonly BidChange[];
  readonly winners: Change<number | null> | null;
  readonly ratio: Change<string | null> | null;
  readonly cycleYears: Change<number | null> | null;
  readonly agreedVolume: Change<Quantity | null> | null;
  readonly regions: readonly RegionChange[];
}

/** The ruleset as published (name, version) and as a person calls it (see LoadedRun.labels). */
export type ComparedRuleset = EvaluationResult['ruleset'] & { readonly label: string };

export interface EvaluationDiff {
  readonly a: ComparedRuleset;
  readonly b: ComparedRuleset;
  readonly products: readonly ProductDiff[];
}

const keyOf = (p: Pick<ProductResult, 'productId' | 'group'>): string =>
  JSON.stringify([p.productId, p.group]);

function change<T>(a: T, b: T): Change<T> | null {
  return a === b ? null : { a, b };
}

/** Winners and revival winners by company (W counts both); one bid per company can win. */
function winningBids(product: ProductResult | undefined): Map<string, BidResult> {
  const winners = new Map<string, BidResult>();
  for (const bid of product?.bids ?? []) {
    if (bid.outcome === 'winner' || bid.outcome === 'revival-winner') winners.set(bid.companyId, bid);
  }
  return winners;
}

function priceChanges(a: Map<string, BidResult>, b: Map<string, BidResult>): CompanyPriceChange[] {
  const companies = [...new Set([...a.keys(), ...b.keys()])];
  return companies.flatMap((companyId) => {
    const bidA = a.get(companyId);
    const bidB = b.get(companyId);
    const ucp = { a: bidA?.winningUcp ?? null, b: bidB?.winningUcp ?? null };
    const pack = { a: bidA?.winningPackPrice ?? null, b: bidB?.winningPackPrice ?? null };
    return ucp.a === ucp.b && pack.a === pack.b
      ? []
      : [{ companyId, winningUcp: ucp, winningPackPrice: pack }];
  });
}

function bidChanges(
  a: ProductResult | undefined,
  b: ProductResult | undefined,
  offersA: Offers,
  offersB: Offers,
): BidChange[] {
  const bidsA = new Map((a?.bids ?? []).map((bid) => [bid.bidId, bid]));
  const bidsB = new Map((b?.bids ?? []).map((bid) => [bid.bidId, bid]));
  // A's order (rank, then invalid in input order), then bids only B has in B's order
  const ids = [...new Set([...bidsA.keys(), ...bidsB.keys()])];
  return ids.flatMap((bidId) => {
    const bidA = bidsA.get(bidId);
    const bidB = bidsB.get(bidId);
    const outcome = change(bidA?.outcome ?? null, bidB?.outcome ?? null);
    const qa = bidA?.qualifiedBy ?? null;
    const qb = bidB?.qualifiedBy ?? null;
    const qualifiedBy = sameList(qa, qb) ? null : { a: qa, b: qb };
    const offerKey = (entry: ProductResult | undefined) => (entry ? offerKeyOf(entry, bidId) : '');
    const offerUcp = change(offersA.get(offerKey(a)) ?? null, offersB.get(offerKey(b)) ?? null);
    if (outcome === null && qualifiedBy === null && offerUcp === null) return [];
    const companyId = (bidA ?? bidB)?.companyId ?? '';
    return [{ bidId, companyId, outcome, qualifiedBy, offerUcp }];
  });
}

const offerKeyOf = (entry: Pick<ProductResult, 'productId' | 'group'>, bidId: string): string =>
  JSON.stringify([entry.productId, entry.group, bidId]);

function offersOf(offers: readonly PendingRevivalOffer[]): Offers {
  return new Map(offers.map((o) => [offerKeyOf(o, o.bidId), o.offerUcp]));
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function regionChanges(a: ProductResult | undefined, b: ProductResult | undefined): RegionChange[] {
  const regionsA = new Map((a?.regions ?? []).map((r) => [r.regionId, r]));
  const regionsB = new Map((b?.regions ?? []).map((r) => [r.regionId, r]));
  const ids = [...new Set([...regionsA.keys(), ...regionsB.keys()])].sort();
  return ids.flatMap((regionId) => {
    const ra = regionsA.get(regionId);
    const rb = regionsB.get(regionId);
    const primary = { a: ra?.primary ?? null, b: rb?.primary ?? null };
    const backup = { a: ra?.backup ?? null, b: rb?.backup ?? null };
    return primary.a === primary.b && backup.a === backup.b ? [] : [{ regionId, primary, backup }];
  });
}

function diffEntry(
  productId: string,
  group: string | null,
  a: ProductResult | undefined,
  b: ProductResult | undefined,
  offers: { readonly a: Offers; readonly b: Offers },
): ProductDiff {
  const winnersA = winningBids(a);
  const winnersB = winningBids(b);
  const diff = {
    productId,
    group,
    presence: a && b ? ('both' as const) : a ? ('only-a' as const) : ('only-b' as const),
    status: change(a?.status ?? null, b?.status ?? null),
    winnersAdded: [...winnersB.keys()].filter((c) => !winnersA.has(c)),
    winnersRemoved: [...winnersA.keys()].filter((c) => !winnersB.has(c)),
    prices: priceChanges(winnersA, winnersB),
    bids: bidChanges(a, b, offers.a, offers.b),
    winners: change(a?.winners ?? null, b?.winners ?? null),
    ratio: change(a?.ratio ?? null, b?.ratio ?? null),
    cycleYears: change(a?.cycleYears ?? null, b?.cycleYears ?? null),
    // Quantities are numbers or, above 2^53, BigInts: compare by value
    agreedVolume: sameQuantity(a?.agreedVolume ?? null, b?.agreedVolume ?? null)
      ? null
      : { a: a?.agreedVolume ?? null, b: b?.agreedVolume ?? null },
    regions: regionChanges(a, b),
  };
  const same =
    diff.presence === 'both' &&
    [diff.status, diff.winners, diff.ratio, diff.cycleYears, diff.agreedVolume].every((c) => c === null) &&
    diff.winnersAdded.length +
      diff.winnersRemoved.length +
      diff.prices.length +
      diff.bids.length +
      diff.regions.length ===
      0;
  return { ...diff, same };
}

function sameQuantity(a: Quantity | null, b: Quantity | null): boolean {
  if (a === null || b === null) return a === b;
  return BigInt(a) === BigInt(b);
}

/** Entries in A's order; an entry only B has follows the last entry of its product (or comes last). */
function entryOrder(a: readonly ProductResult[], b: readonly ProductResult[]): ProductResult[] {
  const order = [...a];
  const known = new Set(a.map(keyOf));
  for (const entry of b) {
    if (known.has(keyOf(entry))) continue;
    const lastOfProduct = order.map((e) => e.productId).lastIndexOf(entry.productId);
    order.splice(lastOfProduct === -1 ? order.length : lastOfProduct + 1, 0, entry);
    known.add(keyOf(entry));
  }
  return order;
}

export function diffEvaluations(
  a: EvaluationResult,
  b: EvaluationResult,
  labels: { readonly a: string; readonly b: string } = { a: a.ruleset.name, b: b.ruleset.name },
  pending: { readonly a: readonly PendingRevivalOffer[]; readonly b: readonly PendingRevivalOffer[] } = {
    a: [],
    b: [],
  },
): EvaluationDiff {
  const offers = { a: offersOf(pending.a), b: offersOf(pending.b) };
  const byKeyA = new Map(a.products.map((p) => [keyOf(p), p]));
  const byKeyB = new Map(b.products.map((p) => [keyOf(p), p]));
  const products = entryOrder(a.products, b.products).map((entry) =>
    diffEntry(entry.productId, entry.group, byKeyA.get(keyOf(entry)), byKeyB.get(keyOf(entry)), offers),
  );
  return { a: { ...a.ruleset, label: labels.a }, b: { ...b.ruleset, label: labels.b }, products };
}
