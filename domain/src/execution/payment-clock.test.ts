import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, type CalendarExceptions } from '../calendar/working-days.js';
import { DEFAULT_EXECUTION_RULES } from './execution-rules.js';
import { daysOverdue, invoiceStatus, paymentDueOn, rulesetPaymentTerms } from './payment-clock.js';
import { paymentDueDate } from './payment-due.js';

const NONE: CalendarExceptions = new Map();
// Spring Festival 2027 as the office would enter it: 5–11 February off, Saturday 13 February worked (调休)
const SPRING_2027: CalendarExceptions = new Map([
  ['2027-02-05', 'holiday'],
  ['2027-02-08', 'holiday'],
  ['2027-02-09', 'holiday'],
  ['2027-02-10', 'holiday'],
  ['2027-02-11', 'holiday'],
  ['2027-02-13', 'workday'],
]);

const day = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const calendar = fc
  .array(fc.tuple(day, fc.constantFrom<'holiday' | 'workday'>('holiday', 'workday')), { maxLength: 40 })
  .map((entries) => new Map(entries) as CalendarExceptions);

describe('paymentDueOn', () => {
  it('counts calendar days as docs/rules.md §12.1 does, and working days skipping holidays and weekends', () => {
    expect(paymentDueOn('2027-01-15', { dueDays: 30, workingDays: false }, SPRING_2027)).toBe('2027-02-14');
    // Thursday 4 February + 3 working days: Friday 5 to Thursday 11 are off, Saturday 13 works
    expect(paymentDueOn('2027-02-04', { dueDays: 3, workingDays: true }, SPRING_2027)).toBe('2027-02-15');
    expect(paymentDueOn('2027-02-04', { dueDays: 3, workingDays: true }, NONE)).toBe('2027-02-09');
  });

  it('takes the ruleset’s terms by default: 30 calendar days', () => {
    expect(rulesetPaymentTerms(DEFAULT_EXECUTION_RULES)).toEqual({ dueDays: 30, workingDays: false });
  });

  it('is never before acceptance; calendar days equal paymentDueDate; working days land on a working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 365 }), calendar, (acceptedOn, dueDays, exceptions) => {
        const calendarDue = paymentDueOn(acceptedOn, { dueDays, workingDays: false }, exceptions);
        expect(calendarDue > acceptedOn).toBe(true);
        expect(calendarDue).toBe(
          paymentDueDate(acceptedOn, { ...DEFAULT_EXECUTION_RULES, paymentDueDays: dueDays }),
        );
        const workingDue = paymentDueOn(acceptedOn, { dueDays, workingDays: true }, exceptions);
        expect(workingDue > acceptedOn).toBe(true);
        expect(isWorkingDay(workingDue, exceptions)).toBe(true);
        // a working day is at least a day: never earlier than the calendar count
        expect(workingDue >= calendarDue).toBe(true);
      }),
    );
  });
});

describe('invoiceStatus', () => {
  it('is paid on or before the due day, paid-late after, due or overdue while not cleared', () => {
    expect(invoiceStatus('2027-02-14', '2027-02-14', '2027-03-01')).toBe('paid');
    expect(invoiceStatus('2027-02-14', '2027-02-15', '2027-03-01')).toBe('paid-late');
    expect(invoiceStatus('2027-02-14', null, '2027-02-14')).toBe('due');
    expect(invoiceStatus('2027-02-14', null, '2027-02-15')).toBe('overdue');
  });

  it('counts the days overdue from the due day', () => {
    expect(daysOverdue('2027-02-14', '2027-02-14')).toBe(0);
    expect(daysOverdue('2027-02-14', '2027-03-01')).toBe(15);
    expect(daysOverdue('2027-02-14', '2027-01-01')).toBe(0);
  });
});
