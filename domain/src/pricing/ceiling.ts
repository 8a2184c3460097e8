import type { Dec } from '../money/decimal.js';
import type { Spec } from '../round-input.js';

/**
 * docs/rules.md §6, reason 3 (`CEILING_EXCEEDED`, 超最高有效申报价): a bid whose unit bid price is
 * above its own spec's ceiling is not valid; equal to the ceiling is still valid. The portal's bid
 * form calls this very function while the company types.
 */
export function exceedsCeiling(unitBidPrice: Dec, spec: Pick<Spec, 'ceiling'>): boolean {
  return unitBidPrice.gt(spec.ceiling);
}
