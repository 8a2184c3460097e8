import { Decimal as DecimalJs } from 'decimal.js';

/**
 * Our own Decimal: precision 40, half-up (conventions G03, G30), never exponent notation so that
 * `toString` is always a plain decimal string. A clone, so nobody's global `Decimal.set` touches us.
 */
export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
