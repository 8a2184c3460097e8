import { describe, expect, it } from 'vitest';
import { agreementCycle } from './agreement-cycle.js';

describe('an agreement’s cycle (docs/rules.md §10, start ⚙)', () => {
  it('starts on the first of the next month and lasts cycleYears years to the day before', () => {
    expect(agreementCycle('2027-03-08', 2)).toEqual({ start: '2027-04-01', end: '2029-03-31' });
    expect(agreementCycle('2027-03-31', 1)).toEqual({ start: '2027-04-01', end: '2028-03-31' });
  });
  it('crosses a year end and ends on a leap day’s month as the calendar has it', () => {
    expect(agreementCycle('2027-12-15', 1)).toEqual({ start: '2028-01-01', end: '2028-12-31' });
    expect(agreementCycle('2027-02-10', 1)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
    expect(agreementCycle('2027-01-10', 3)).toEqual({ start: '2027-02-01', end: '2030-01-31' });
  });
});
