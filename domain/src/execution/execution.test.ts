import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { DEFAULT_EXECUTION_RULES as rules } from './execution-rules.js';
import { paymentDueDate, paymentStatus } from './payment-due.js';
import { minimumPrepayment } from './prepayment.js';
import { surplusRetention } from './surplus-retention.js';
import { checkNonWinnerCap } from './non-winner-cap.js';
import { isSupplierLagging, measureProgress } from './progress.js';
import { passRegionsToBackup } from './pass-to-backup.js';

describe('docs/rules.md §12 execution formulas and examples', () => {
  it('payment is due 30 days after acceptance; later is overdue', () => {
    expect(paymentDueDate('2027-01-15', rules)).toBe('2027-02-14');
    expect(paymentDueDate('2027-01-31', rules)).toBe('2027-03-02');
    expect(paymentStatus('2027-01-15', '2027-02-14', '2027-03-01', rules)).toBe('paid');
    expect(paymentStatus('2027-01-15', '2027-02-15', '2027-03-01', rules)).toBe('paid-late');
    expect(paymentStatus('2027-01-15', null, '2027-02-14', rules)).toBe('due');
    expect(paymentStatus('2027-01-15', null, '2027-02-15', rules)).toBe('overdue');
  });
  it('prepayment is at least 30 % of the annual contracted amount, rounded up to the fen', () => {
    expect(minimumPrepayment(new Dec('1234567.89'), rules).toString()).toBe('370370.37');
    expect(minimumPrepayment(new Dec('1000.01'), rules).toString()).toBe('300.01');
  });
  it('surplus retention shares the saving by grade, nothing when over budget', () => {
    expect(surplusRetention(new Dec('500000.00'), new Dec('420000.00'), 'B', rules).toString()).toBe('32000');
    expect(surplusRetention(new Dec('500000.00'), new Dec('420000.00'), 'D', rules).isZero()).toBe(true);
    expect(surplusRetention(new Dec('500000.00'), new Dec('510000.00'), 'A', rules).isZero()).toBe(true);
  });
  it('flags purchases of a non-winning product beyond last year', () => {
    expect(checkNonWinnerCap(1250, 1000)).toEqual({ cap: 1000, excess: 250, flagged: true });
    expect(checkNonWinnerCap(1000, 1000).flagged).toBe(false);
    expect(checkNonWinnerCap(5000, null).flagged).toBe(false);
  });
  it('progress: behind a linear pace less the tolerance; suppliers lagging their orders', () => {
    expect(measureProgress(3000, 12000, 146, 365, rules).behind).toBe(true);
    expect(measureProgress(3600, 12000, 146, 365, rules).behind).toBe(false);
    expect(measureProgress(3700, 12000, 146, 365, rules).completion?.toString()).toBe('0.3083');
    expect(isSupplierLagging(4400, 5000, rules)).toBe(true);
    expect(isSupplierLagging(4500, 5000, rules)).toBe(false);
    expect(isSupplierLagging(0, 0, rules)).toBe(false);
  });
  it('a failing supplier’s regions pass to the backup', () => {
    const regions = [{ regionId: 'BJ', primary: 'C1', backup: 'C2', agreedVolume: 10 }];
    expect(passRegionsToBackup(regions, 'C1')).toEqual([
      { regionId: 'BJ', primary: 'C2', backup: null, agreedVolume: 10 },
    ]);
  });
});
