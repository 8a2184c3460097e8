import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import {
  ABOVE_SAFE_INTEGER,
  decimalProblem,
  integerProblem,
  NOT_A_DECIMAL,
  NOT_A_NON_NEGATIVE_INTEGER,
} from './field-checks.js';

describe('decimalProblem (G31 grammar)', () => {
  it.each(['0', '0.5', '10', '10.50', '2.0000', '123456789012345678901234567890.1234'])(
    'accepts %s',
    (text) => {
      expect(decimalProblem(text)).toBeNull();
    },
  );

  it.each([
    '',
    '.5',
    '5.',
    '01',
    '00.1',
    '-1',
    '+1',
    '1e3',
    '1,5',
    ' 1',
    '1 ',
    '0x10',
    'NaN',
    'Infinity',
    '１',
  ])('refuses %j', (text) => {
    expect(decimalProblem(text)).toBe(NOT_A_DECIMAL);
  });

  it('counts decimals against maxPlaces', () => {
    expect(decimalProblem('10.50', { maxPlaces: 2 })).toBeNull();
    expect(decimalProblem('10.501', { maxPlaces: 2 })).toBe('more than 2 decimals');
    expect(decimalProblem('2.00001', { maxPlaces: 4 })).toBe('more than 4 decimals');
    expect(decimalProblem('10', { maxPlaces: 0 })).toBeNull();
  });

  it('refuses zero where a positive value is required', () => {
    expect(decimalProblem('0.000', { positive: true })).toBe('must be greater than 0');
    expect(decimalProblem('0.001', { positive: true })).toBeNull();
  });

  it('bounds shares by 1', () => {
    expect(decimalProblem('1.00', { atMostOne: true })).toBeNull();
    expect(decimalProblem('0.999', { atMostOne: true })).toBeNull();
    expect(decimalProblem('1.01', { atMostOne: true })).toBe('must be at most 1');
    expect(decimalProblem('10', { atMostOne: true })).toBe('must be at most 1');
  });

  it('accepts exactly the texts that are plain non-negative decimals, and Dec reads them back unchanged in value', () => {
    const decimalText = fc.stringMatching(/^(0|[1-9][0-9]{0,20})(\.[0-9]{1,12})?$/);
    fc.assert(
      fc.property(decimalText, (text) => {
        expect(decimalProblem(text)).toBeNull();
        expect(new Dec(text).eq(new Dec(new Dec(text).toString()))).toBe(true);
      }),
    );
  });
});

describe('integerProblem (G31, G41)', () => {
  it('accepts whole numbers from the minimum up to 2^53 − 1', () => {
    expect(integerProblem(0, 0)).toBeNull();
    expect(integerProblem(Number.MAX_SAFE_INTEGER, 0)).toBeNull();
    expect(integerProblem(1, 1)).toBeNull();
  });

  it('refuses negatives, fractions and non-numbers', () => {
    for (const value of [-1, 1.5, '3', null, true])
      expect(integerProblem(value, 0)).toBe(NOT_A_NON_NEGATIVE_INTEGER);
    expect(integerProblem(0, 1)).toBe('must be an integer ≥ 1');
  });

  it('refuses integers JSON cannot carry exactly', () => {
    expect(integerProblem(2 ** 53, 0)).toBe(ABOVE_SAFE_INTEGER);
    expect(integerProblem(1e300, 0)).toBe(ABOVE_SAFE_INTEGER);
  });
});
