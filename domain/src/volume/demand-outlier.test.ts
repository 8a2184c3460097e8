import { describe, expect, it } from 'vitest';
import {
  classifyDemandOutlier,
  demandRatio,
  DEMAND_OUTLIER_ABOVE,
  DEMAND_OUTLIER_BELOW,
} from './demand-outlier.js';

describe('demand outliers (region review aid: above 2× or below ½ of last year)', () => {
  it('names the thresholds once, as decimal strings', () => {
    expect([DEMAND_OUTLIER_ABOVE, DEMAND_OUTLIER_BELOW]).toEqual(['2', '0.5']);
  });

  it('flags strictly beyond the thresholds; exactly 2× or ½ is not an outlier', () => {
    expect(classifyDemandOutlier(2001, 1000)).toBe('above');
    expect(classifyDemandOutlier(2000, 1000)).toBeNull();
    expect(classifyDemandOutlier(500, 1000)).toBeNull();
    expect(classifyDemandOutlier(499, 1000)).toBe('below');
    expect(classifyDemandOutlier(1000, 1000)).toBeNull();
  });

  it('compares exactly past 2^53 (int8 text from the database)', () => {
    // as floats, 2 × 4503599627370497 and 9007199254740995 are the same number
    expect(classifyDemandOutlier('9007199254740995', '4503599627370497')).toBe('above');
    expect(classifyDemandOutlier('9007199254740994', '4503599627370497')).toBeNull();
    expect(classifyDemandOutlier(1n, 3n)).toBe('below');
  });

  it('without last year nothing is compared; from zero any use is above', () => {
    expect(classifyDemandOutlier(5000, null)).toBeNull();
    expect(classifyDemandOutlier(1, 0)).toBe('above');
    expect(classifyDemandOutlier(0, 0)).toBeNull();
  });

  it('prints the ratio to 2 decimals, half up, and none without a base', () => {
    expect(demandRatio(2500, 1000)).toBe('2.50');
    expect(demandRatio(1, 3)).toBe('0.33');
    expect(demandRatio(2, 3)).toBe('0.67');
    expect(demandRatio(100, 0)).toBeNull();
    expect(demandRatio(100, null)).toBeNull();
  });
});
