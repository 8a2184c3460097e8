import { invariant } from '../invariant.js';
import { Dec } from '../money/decimal.js';

export interface PricedOrder {
  /** packs × units per pack: what agreed volumes count */
  readonly units: bigint;
  /** packs × the awarded pack price, exactly (no rounding: both are exact decimals) */
  readonly amount: Dec;
  /** some of the order's units lie beyond the agreement line's agreed volume */
  readonly overAgreed: boolean;
}

/**
 * docs/rules.md §12.9: an order against an agreement line is priced at the line's awarded pack price,
 * never another, whatever the quantity. Orders beyond the agreed volume are allowed at the same price
 * and marked. ⚙ *(proposed)* The order that crosses the agreed volume is marked too: part of it is
 * bought beyond what was agreed (`alreadyUnits` counts the line's non-cancelled orders and imported
 * lines before this one).
 */
export function priceOrder(
  packPrice: Dec,
  unitsPerPack: number,
  packs: number,
  alreadyUnits: bigint,
  agreedVolume: bigint,
): PricedOrder {
  invariant(Number.isSafeInteger(packs) && packs > 0, 'packs must be a positive integer');
  invariant(
    Number.isSafeInteger(unitsPerPack) && unitsPerPack > 0,
    'units per pack must be a positive integer',
  );
  invariant(packPrice.greaterThan(0), 'the pack price must be positive');
  const units = BigInt(packs) * BigInt(unitsPerPack);
  return {
    units,
    amount: packPrice.times(packs),
    overAgreed: alreadyUnits + units > agreedVolume,
  };
}
