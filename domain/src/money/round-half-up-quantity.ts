import { invariant } from '../invariant.js';

/** A ratio held as an exact fraction numerator / denominator, e.g. 0.80 → 80 / 100. */
export interface ExactRatio {
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** the same values as numbers, for the fast path while products stay below 2^53 */
  readonly num: number;
  readonly den: number;
}

export function exactRatio(decimalString: string): ExactRatio {
  invariant(
    /^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(decimalString),
    `ratio must be a decimal string: ${decimalString}`,
  );
  const [whole, fraction = ''] = decimalString.split('.');
  const numerator = BigInt(`${whole}${fraction}`);
  const denominator = 10n ** BigInt(fraction.length);
  return { numerator, denominator, num: Number(numerator), den: Number(denominator) };
}

/**
 * docs/rules.md §10 / contract: agreed volume of one demand line = roundHalfUp(quantity × ratio), in whole
 * units, exact. Numbers are used while every intermediate stays a safe integer, BigInt otherwise.
 */
export function roundHalfUpQuantity(quantity: number, ratio: ExactRatio): number | bigint {
  const product = quantity * ratio.num;
  if (Number.isSafeInteger(product) && Number.isSafeInteger(product + ratio.den)) {
    const remainder = product % ratio.den;
    const quotient = (product - remainder) / ratio.den;
    return remainder * 2 >= ratio.den ? quotient + 1 : quotient;
  }
  const big = BigInt(quantity) * ratio.numerator;
  const remainder = big % ratio.denominator;
  const quotient = big / ratio.denominator;
  return remainder * 2n >= ratio.denominator ? quotient + 1n : quotient;
}
