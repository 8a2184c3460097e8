import { describe, expect, it } from 'vitest';
import { elapsedOf } from './progress-figures.js';

describe('the days progress is measured over (docs/rules.md §12.17)', () => {
  it('paces an annual agreed volume over the agreement year, not over a multi-year cycle', () => {
    expect(elapsedOf('2027-04-01', '2028-03-31', '2027-07-01')).toEqual({ elapsedDays: 91, cycleDays: 366 });
    expect(elapsedOf('2027-04-01', '2029-03-31', '2027-07-01')).toEqual({ elapsedDays: 91, cycleDays: 366 });
    expect(elapsedOf('2027-04-01', '2029-03-31', '2028-04-01')).toEqual({ elapsedDays: 366, cycleDays: 366 });
    // never before the start nor beyond the cycle's end
    expect(elapsedOf('2027-04-01', '2029-03-31', '2027-01-01').elapsedDays).toBe(0);
    expect(elapsedOf('2027-04-01', '2029-03-31', '2030-06-01').elapsedDays).toBe(731);
    // a cycle shorter than a year is its own period; a leap day start ends a year later on 28 February
    expect(elapsedOf('2027-04-01', '2027-09-30', '2027-05-01').cycleDays).toBe(183);
    expect(elapsedOf('2028-02-29', '2030-02-27', '2028-03-01').cycleDays).toBe(365);
  });
});
