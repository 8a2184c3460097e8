import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { contractedAmount } from './contracted-amount.js';

describe('contractedAmount', () => {
  it('prices the agreed units at the pack price of the spec, to the fen', () => {
    // 12 000 tablets in packs of 14 at 7.00 a pack: 6 000.00
    expect(contractedAmount(new Dec('7.00'), 12_000, 14).toFixed(2)).toBe('6000.00');
    // 1 001 tablets: 1001 × 7 ÷ 14 = 500.50
    expect(contractedAmount(new Dec('7.00'), 1_001, 14).toFixed(2)).toBe('500.50');
    // 100 ÷ 3 × 1.00 = 33.333… → 33.33; 5 × 0.01 ÷ 2 = 0.025 → 0.03 (half up)
    expect(contractedAmount(new Dec('1.00'), 100, 3).toFixed(2)).toBe('33.33');
    expect(contractedAmount(new Dec('0.01'), 5, 2).toFixed(2)).toBe('0.03');
    expect(contractedAmount(new Dec('2.80'), 10n ** 18n, 1).toFixed(2)).toBe('2800000000000000000.00');
  });

  it('is exact for whole packs and never off by more than half a fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 200 }),
        (cents, packs, unitsPerPack) => {
          const price = new Dec(cents).dividedBy(100);
          const whole = contractedAmount(price, packs * unitsPerPack, unitsPerPack);
          expect(whole.equals(price.times(packs))).toBe(true);
          const odd = contractedAmount(price, packs * unitsPerPack + 1, unitsPerPack);
          const exact = price.times(packs * unitsPerPack + 1).dividedBy(unitsPerPack);
          expect(odd.minus(exact).abs().lessThanOrEqualTo('0.005')).toBe(true);
        },
      ),
    );
  });
});
