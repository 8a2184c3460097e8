/**
 * The value rules of G31 and G41, as plain functions shared by the zod schemas and the hand-written
 * demand check (which must stay lean for millions of lines). Each returns the problem, or null.
 */

/** G31: a decimal string; no sign, no exponent, no leading zeros. */
export const DECIMAL_GRAMMAR = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

export const REQUIRED = 'required';
export const NOT_A_DECIMAL = 'not a decimal string';
export const NOT_A_NON_NEGATIVE_INTEGER = 'must be a non-negative integer';
export const ABOVE_SAFE_INTEGER = 'must be at most 2^53 − 1 (G41)';

export interface DecimalRule {
  /** most decimals allowed (packPrice 2, ceiling 4); absent: any */
  readonly maxPlaces?: number;
  /** strength, volumeMl: zero is no strength at all */
  readonly positive?: boolean;
  /** shares and fractions of a whole */
  readonly atMostOne?: boolean;
}

export function decimalProblem(text: string, rule: DecimalRule = {}): string | null {
  if (!DECIMAL_GRAMMAR.test(text)) return NOT_A_DECIMAL;
  const point = text.indexOf('.');
  const places = point === -1 ? 0 : text.length - point - 1;
  if (rule.maxPlaces !== undefined && places > rule.maxPlaces) return `more than ${rule.maxPlaces} decimals`;
  // the grammar leaves only digits and one point: zero has no digit other than 0
  if (rule.positive === true && !/[1-9]/.test(text)) return 'must be greater than 0';
  if (rule.atMostOne === true && !isAtMostOne(text)) return 'must be at most 1';
  return null;
}

function isAtMostOne(text: string): boolean {
  if (text.startsWith('0')) return true;
  return /^1(\.0+)?$/.test(text);
}

/** Integers: JSON numbers that are whole, ≥ min and exactly representable (G41). */
export function integerProblem(value: unknown, min: number): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    return min === 0 ? NOT_A_NON_NEGATIVE_INTEGER : `must be an integer ≥ ${min}`;
  }
  return value > Number.MAX_SAFE_INTEGER ? ABOVE_SAFE_INTEGER : null;
}
