import { describe, expect, it } from 'vitest';
import { DEFAULT_EXECUTION_RULES as rules } from './execution-rules.js';
import { measureProgress } from './progress.js';

describe('progress over a cycle longer than a year (docs/rules.md §12.17: agreed volumes are annual)', () => {
  it('lets the pace pass 1 in the second year, holding cumulative purchases to the years elapsed', () => {
    // a full year elapsed: 0.85 of one year's volume is behind (bar 0.90), 0.95 is not
    expect(measureProgress(850, 1000, 366, 366, rules).behind).toBe(true);
    expect(measureProgress(950, 1000, 366, 366, rules).behind).toBe(false);
    // a year and a half: pace 1.5014; 1.45 years' volume bought is on pace, 1.35 is behind
    const later = measureProgress(1450, 1000, 548, 365, rules);
    expect(later.expectedPace.toString()).toBe('1.5014');
    expect(later.behind).toBe(false);
    expect(measureProgress(1350, 1000, 548, 365, rules).behind).toBe(true);
  });
});
