import { describe, expect, it } from 'vitest';
import { canonicalJson } from './audit-hash.js';

// The first implementation, kept as the reference: hashes already in audit chains and commitments
// in receipts were computed with it, so every spelling must stay the same.
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

/** A deterministic pseudo-random JSON-ish value (seeded), with the awkward cases mixed in. */
function sample(seed: number, depth = 0): unknown {
  const r = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const strings = ['', 'a', 'Z', '_', 'é', '中文', '💊', '"q"', 'a\nb', '\u0001', '10', '9', 'undefined'];
  switch (depth > 3 ? r(4) : r(7)) {
    case 0:
      return null;
    case 1:
      return r(2) === 0;
    case 2:
      return [0, -1, 3.25, 0.1, 1e21, 12345678901234][r(6)];
    case 3:
      return strings[r(strings.length)];
    case 4:
      return Array.from({ length: r(4) }, (_, i) => sample(seed + i, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = r(6); i > 0; i--)
        o[strings[r(strings.length)] as string] = r(5) === 0 ? undefined : sample(seed + i, depth + 1);
      return o;
    }
  }
}

describe('canonicalJson', () => {
  it('spells every value exactly as the first implementation did', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const value = sample(seed);
      expect(canonicalJson(value)).toBe(reference(value));
    }
    expect(canonicalJson({ b: 1, a: [undefined, { d: undefined, c: 'x' }], e: undefined })).toBe(
      reference({ b: 1, a: [undefined, { d: undefined, c: 'x' }], e: undefined }),
    );
  });
});
