/**
 * G41: agreed volumes are summed exactly and printed exactly even above 2^53. Sums stay plain
 * numbers while safe (the common case, and fast) and become BigInt only when they must.
 */
export type Quantity = number | bigint;

export function addQuantity(a: Quantity, b: Quantity): Quantity {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return normalizeQuantity(BigInt(a) + BigInt(b));
}

/** Back to a number whenever the value is a safe integer, so equal quantities have one representation. */
export function normalizeQuantity(value: Quantity): Quantity {
  if (typeof value === 'number') return value;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value;
}

export function compareQuantity(a: Quantity, b: Quantity): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const d = BigInt(a) - BigInt(b);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}
