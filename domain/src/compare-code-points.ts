const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Ids and codes are ordered by Unicode code point (contract), which differs from JavaScript's
 * UTF-16 `<` only when astral characters are involved: check for them before paying for the slow path.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const ca = Array.from(a, (ch) => ch.codePointAt(0) ?? 0);
  const cb = Array.from(b, (ch) => ch.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    if (ca[i] !== cb[i]) return (ca[i] ?? 0) - (cb[i] ?? 0);
  }
  return ca.length - cb.length;
}
