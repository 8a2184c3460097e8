import { describe, expect, it } from 'vitest';
import { previewPrice, type PricingContext } from './price-preview';

const rep = { code: '20MG-28', strength: '20', unitsPerPack: 28, volumeMl: null, ceiling: '3.0000' };
const ctx: PricingContext = {
  form: 'oral-solid',
  representative: rep,
  ruleset: {
    strengthBase: '1.7',
    volumeFactor: { kind: 'none' },
    formFactors: {},
  } as PricingContext['ruleset'],
};

describe('the bid form’s figures, by the rules engine’s functions', () => {
  it('refuses over the ceiling as the evaluation does (docs/rules.md §6: 11.25 for 14 → 0.8036 > 0.8000)', () => {
    const spec = { code: 'S', strength: '20', unitsPerPack: 14, volumeMl: null, ceiling: '0.8000' };
    expect(previewPrice('11.25', spec, ctx)).toMatchObject({ unitBidPrice: '0.8036', exceedsCeiling: true });
    expect(previewPrice('11.20', spec, ctx)).toMatchObject({ unitBidPrice: '0.8000', exceedsCeiling: false });
  });

  it('converts to the representative spec: half the strength, the price × 1.7 (strength base)', () => {
    const half = { code: '10MG-28', strength: '10', unitsPerPack: 28, volumeMl: null, ceiling: '1.7647' };
    expect(previewPrice('28.00', half, ctx)).toMatchObject({ unitBidPrice: '1.0000', ucp: '1.7000' });
  });

  it('shows nothing for what the API would refuse', () => {
    for (const typed of ['', '12,30', 'abc', '0', '1.234', '-1'])
      expect(previewPrice(typed, rep, ctx)).toBeNull();
  });
});
