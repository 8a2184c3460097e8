import { Dec } from '../money/decimal.js';
import { ceilToUnit } from '../money/rounding.js';
import { normalizeQuantity, type Quantity } from '../money/quantity-sum.js';

/**
 * docs/rules.md §11.4 shares by rank (consumables alliances, no regions): rank 1 takes ceil(share × B), each next
 * ceil(share × remainder), the last the remainder; ⚙ minimums round up to whole units. Conserves B.
 * `shares` holds each non-last winner's minimum share of the remainder, indexed by W − 2.
 */
export function splitByRankShares(base: Quantity, winners: number, shares: readonly string[]): Quantity[] {
  if (winners <= 0) return [];
  if (winners === 1) return [base];
  const share = new Dec(shares[Math.min(winners - 2, shares.length - 1)] ?? '1');
  const parts: Quantity[] = [];
  let remainder = new Dec(base.toString());
  for (let i = 0; i < winners - 1; i++) {
    const part = Dec.min(ceilToUnit(share.times(remainder)), remainder);
    parts.push(toQuantity(part));
    remainder = remainder.minus(part);
  }
  parts.push(toQuantity(remainder));
  return parts;
}

function toQuantity(value: Dec): Quantity {
  return normalizeQuantity(BigInt(value.toString()));
}
