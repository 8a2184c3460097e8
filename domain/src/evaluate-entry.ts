import { checkEligibility } from './eligibility/check-eligibility.js';
import { markDuplicateBids } from './eligibility/mark-duplicate-bids.js';
import { addQuantity, type Quantity } from './money/quantity-sum.js';
import { computeComparablePrice, conversionFactor } from './pricing/comparable-price.js';
import type { Dec } from './money/decimal.js';
import type { Bid, DemandLine, Product } from './round-input.js';
import type { Ruleset } from './rulesets/ruleset.js';
import type { Candidate } from './selection/candidate.js';

/** Prices and eligibility of a set of bids competing as one (a product, or a product × group). */
export function prepareCandidates(
  product: Product,
  bids: readonly { bid: Bid; inputIndex: number }[],
  capacityBase: Quantity,
  deadline: string,
  ruleset: Ruleset,
): Candidate[] {
  const representative = product.specs.find((s) => s.id === product.representativeSpecId);
  const factors = new Map<string, Dec>();
  const factorOf = (spec: NonNullable<Product['specs'][number]>) => {
    let factor = factors.get(spec.id);
    if (!factor && representative)
      factors.set(spec.id, (factor = conversionFactor(spec, representative, product.form, ruleset)));
    return factor;
  };
  const candidates = bids.map(({ bid, inputIndex }): Candidate => {
    const spec = product.specs.find((s) => s.id === bid.specId);
    const factor = spec ? factorOf(spec) : undefined;
    const price = spec && factor ? computeComparablePrice(bid.packPrice, spec, factor) : null;
    const reasons = checkEligibility(bid, {
      product,
      spec,
      unitBidPrice: price?.unitBidPrice ?? null,
      deadline,
      capacityBase,
      ruleset,
    });
    return { bid, inputIndex, spec, price, reasons };
  });
  markDuplicateBids(candidates);
  return candidates;
}

/** G08: the capacity base is the total reported demand the entry uses. */
export function totalQuantity(lines: readonly DemandLine[]): Quantity {
  let total: Quantity = 0;
  for (const line of lines) total = addQuantity(total, line.quantity);
  return total;
}
