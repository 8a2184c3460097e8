import { Dec } from '../money/decimal.js';
import { formatDecimal } from '../money/rounding.js';
import type { EvaluationResult } from '../evaluation-result.js';
import { invariant } from '../invariant.js';
import type { Ruleset } from '../rulesets/ruleset.js';

/** One revival offer read back from a published result, named as the round's contract names it. */
export interface RevivalOfferValues {
  readonly productCode: string;
  readonly group: string | null;
  readonly bidId: string;
  readonly companyId: string;
  /** the UCP the bid may win at, 4 decimals */
  readonly offerUcp: string;
}

/**
 * docs/rules.md §8.2, G13, G44: the offers of a published result. The offer is not in the output (G13), so it is
 * derived the way the rules define it: the highest UCP among the product's rule-1 winners, or under
 * spread-revival with a single rule-1 winner the published threshold round4(1.8 × low).
 */
export function revivalOffersOf(result: EvaluationResult, ruleset: Ruleset): RevivalOfferValues[] {
  const offers: RevivalOfferValues[] = [];
  for (const entry of result.products) {
    const offered = entry.bids.filter((b) => b.outcome === 'revival-offer');
    if (offered.length === 0) continue;
    const ruleOne = entry.bids.filter((b) => b.outcome === 'winner' && b.ucp !== null);
    const offer =
      ruleset.priceCondition === 'spread-revival' && ruleOne.length === 1
        ? entry.thresholdUcp
        : ruleOne.length > 0
          ? formatDecimal(Dec.max(...ruleOne.map((b) => new Dec(b.ucp as string))), 4)
          : null;
    invariant(offer !== null, `revival offers without a price in ${entry.productId}`);
    for (const bid of offered) {
      offers.push({
        productCode: entry.productId,
        group: entry.group,
        bidId: bid.bidId,
        companyId: bid.companyId,
        offerUcp: offer,
      });
    }
  }
  return offers;
}
