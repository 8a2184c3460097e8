import { Dec } from './decimal.js';

/** docs/rules.md §2: unit prices, UCPs and reductions are rounded half up to 4 decimals. */
export function round4(value: Dec): Dec {
  return value.toDecimalPlaces(4, Dec.ROUND_HALF_UP);
}

/** Contract: pack prices are rounded half up to 2 decimals. */
export function round2(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** docs/rules.md §11.4 ⚙: minimum shares are rounded up to whole units. */
export function ceilToUnit(value: Dec): Dec {
  return value.toDecimalPlaces(0, Dec.ROUND_CEIL);
}

/**
 * Prints a decimal with exactly `places` decimals (half up), never with a sign on zero (G30).
 * decimal.js is configured never to use exponent notation, so padding the plain string is exact.
 */
export function formatDecimal(value: Dec, places: number): string {
  const rounded = value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  const plain = rounded.isZero() ? '0' : rounded.toString();
  if (places === 0) return plain;
  const [whole, fraction = ''] = plain.split('.');
  return `${whole}.${fraction.padEnd(places, '0')}`;
}
