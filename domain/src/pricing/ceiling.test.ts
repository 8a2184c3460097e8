import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { computeComparablePrice } from './comparable-price.js';
import { exceedsCeiling } from './ceiling.js';

describe('exceedsCeiling', () => {
  const spec = { id: 's', strength: new Dec('10'), strengthUnit: null, unitsPerPack: 14, volumeMl: null };

  it('refuses a unit price above the ceiling (docs/rules.md §6: 11.25 for 14 → 0.8036 > 0.8000)', () => {
    const ceiling = new Dec('0.8000');
    const { unitBidPrice } = computeComparablePrice(new Dec('11.25'), { ...spec, ceiling }, new Dec(1));
    expect(unitBidPrice.toFixed(4)).toBe('0.8036');
    expect(exceedsCeiling(unitBidPrice, { ceiling })).toBe(true);
  });

  it('takes a unit price equal to the ceiling', () => {
    expect(exceedsCeiling(new Dec('0.8000'), { ceiling: new Dec('0.8') })).toBe(false);
  });
});
