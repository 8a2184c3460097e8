import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, isWorkingDay, type CalendarExceptions } from './working-days.js';

const NONE: CalendarExceptions = new Map();

// National Day 2026 as the office would enter it: 1–7 October off (Thursday to Wednesday), and
// Sunday 20 September and Saturday 10 October worked in exchange (调休).
const NATIONAL_DAY_2026: CalendarExceptions = new Map([
  ['2026-09-20', 'workday'],
  ['2026-10-01', 'holiday'],
  ['2026-10-02', 'holiday'],
  ['2026-10-05', 'holiday'],
  ['2026-10-06', 'holiday'],
  ['2026-10-07', 'holiday'],
  ['2026-10-10', 'workday'],
]);

describe('isWorkingDay', () => {
  it('works Monday to Friday and rests at the weekend', () => {
    expect(isWorkingDay('2026-09-28', NONE)).toBe(true); // Monday
    expect(isWorkingDay('2026-10-02', NONE)).toBe(true); // Friday
    expect(isWorkingDay('2026-10-03', NONE)).toBe(false); // Saturday
    expect(isWorkingDay('2026-10-04', NONE)).toBe(false); // Sunday
  });

  it('rests on a holiday the office marked and works on a 调休 weekend day', () => {
    expect(isWorkingDay('2026-10-01', NATIONAL_DAY_2026)).toBe(false);
    expect(isWorkingDay('2026-10-10', NATIONAL_DAY_2026)).toBe(true);
    expect(isWorkingDay('2026-09-20', NATIONAL_DAY_2026)).toBe(true);
    expect(isWorkingDay('2026-10-11', NATIONAL_DAY_2026)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays('2026-09-25', 1, NONE)).toBe('2026-09-28'); // Friday + 1 → Monday
    expect(addWorkingDays('2026-09-26', 1, NONE)).toBe('2026-09-28'); // from a Saturday
    expect(addWorkingDays('2026-09-28', 5, NONE)).toBe('2026-10-05');
  });

  it('skips holidays and counts the 调休 Saturday', () => {
    // Wednesday 30 September + 3: Thursday 8, Friday 9, Saturday 10 October (调休)
    expect(addWorkingDays('2026-09-30', 3, NATIONAL_DAY_2026)).toBe('2026-10-10');
    // without the office's calendar the same period ends on Monday 5 October
    expect(addWorkingDays('2026-09-30', 3, NONE)).toBe('2026-10-05');
    // the 调休 Sunday before the holiday counts too: Friday 18 + 1 is Sunday 20
    expect(addWorkingDays('2026-09-18', 1, NATIONAL_DAY_2026)).toBe('2026-09-20');
  });

  it('with n = 0 is the day itself when it works, else the next working day', () => {
    expect(addWorkingDays('2026-09-30', 0, NATIONAL_DAY_2026)).toBe('2026-09-30');
    expect(addWorkingDays('2026-10-01', 0, NATIONAL_DAY_2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-03', 0, NONE)).toBe('2026-10-05');
  });

  it('crosses month and year ends and 29 February', () => {
    expect(addWorkingDays('2026-12-31', 1, NONE)).toBe('2027-01-01');
    expect(addWorkingDays('2028-02-28', 1, NONE)).toBe('2028-02-29');
  });

  it('refuses a negative or fractional count as a programming error', () => {
    expect(() => addWorkingDays('2026-09-30', -1, NONE)).toThrow(/non-negative integer/);
    expect(() => addWorkingDays('2026-09-30', 1.5, NONE)).toThrow(/non-negative integer/);
  });
});

describe('countWorkingDays', () => {
  it('counts the working days in (from, to]', () => {
    expect(countWorkingDays('2026-09-30', '2026-10-10', NATIONAL_DAY_2026)).toBe(3);
    expect(countWorkingDays('2026-09-30', '2026-10-10', NONE)).toBe(7);
    expect(countWorkingDays('2026-09-30', '2026-09-30', NONE)).toBe(0);
  });

  it('is the inverse of addWorkingDays, whatever the calendar', () => {
    const day = fc
      .integer({ min: 0, max: 3 * 365 })
      .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
    const exceptions = fc
      .array(fc.tuple(day, fc.constantFrom('holiday' as const, 'workday' as const)), { maxLength: 40 })
      .map((entries): CalendarExceptions => new Map(entries));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), exceptions, (from, n, marked) => {
        const to = addWorkingDays(from, n, marked);
        expect(isWorkingDay(to, marked)).toBe(true);
        expect(countWorkingDays(from, to, marked)).toBe(n);
      }),
    );
  });
});
