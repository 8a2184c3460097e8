import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementStatus,
  isLineActive,
  isLineInCycle,
  type AgreementFacts,
  type AgreementLineTerm,
} from './agreement-status.js';

const line = (cycleStart: string, cycleEnd: string, endedOn: string | null = null): AgreementLineTerm => ({
  cycleStart,
  cycleEnd,
  endedOn,
});
const signed = (lines: AgreementLineTerm[], renewed = false): AgreementFacts => ({
  hospitalSigned: true,
  companySigned: true,
  renewed,
  lines,
});
const cycle = line('2027-04-01', '2029-03-31');

/** a day of 2026–2030 as 'YYYY-MM-DD' (days 1–28, every month) */
const day = fc
  .record({
    y: fc.integer({ min: 2026, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const lineArb = fc
  .tuple(day, day, fc.option(day, { nil: null }))
  .map(([a, b, ended]) => line(a < b ? a : b, a < b ? b : a, ended));
const factsArb = fc.record({
  hospitalSigned: fc.boolean(),
  companySigned: fc.boolean(),
  renewed: fc.boolean(),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
});

describe('agreementStatus (docs/rules.md §12.7)', () => {
  it('stays drafted until both sides signed, naming who is awaited', () => {
    const one = { ...signed([cycle]), companySigned: false };
    expect(agreementStatus(one, '2027-05-01')).toEqual({ status: 'drafted', awaiting: ['company'] });
    const none = { ...one, hospitalSigned: false };
    expect(agreementStatus(none, '2027-05-01')).toEqual({
      status: 'drafted',
      awaiting: ['hospital', 'company'],
    });
  });

  it('is signed before the cycle, active inside it (both ends included), expired or renewed after', () => {
    expect(agreementStatus(signed([cycle]), '2027-03-31').status).toBe('signed');
    expect(agreementStatus(signed([cycle]), '2027-04-01').status).toBe('active');
    expect(agreementStatus(signed([cycle]), '2029-03-31').status).toBe('active');
    expect(agreementStatus(signed([cycle]), '2029-04-01').status).toBe('expired');
    expect(agreementStatus(signed([cycle], true), '2029-04-01').status).toBe('renewed');
    // a renewal round made during the cycle leaves the agreement in force until it ends
    expect(agreementStatus(signed([cycle], true), '2028-01-01').status).toBe('active');
  });

  it('is active while any line is in force; a line ended on D is over on D', () => {
    const ended = line('2027-04-01', '2029-03-31', '2027-10-01');
    expect(isLineInCycle(ended, '2027-09-30')).toBe(true);
    expect(isLineInCycle(ended, '2027-10-01')).toBe(false);
    expect(agreementStatus(signed([ended]), '2027-10-01').status).toBe('expired');
    expect(agreementStatus(signed([ended, cycle]), '2027-10-01').status).toBe('active');
    const later = line('2028-01-01', '2029-12-31');
    expect(agreementStatus(signed([ended, later]), '2027-10-01').status).toBe('signed');
  });

  it('a line is active only once both parties signed', () => {
    const both = { ...cycle, hospitalSigned: true, companySigned: true };
    expect(isLineActive(both, '2028-01-01')).toBe(true);
    expect(isLineActive({ ...both, companySigned: false }, '2028-01-01')).toBe(false);
    expect(isLineActive({ ...both, hospitalSigned: false }, '2028-01-01')).toBe(false);
    expect(isLineActive(both, '2029-04-01')).toBe(false);
  });

  it('active exactly when signed by both and some line is active; awaited sides are the unsigned ones', () => {
    fc.assert(
      fc.property(factsArb, day, (facts, today) => {
        const { status, awaiting } = agreementStatus(facts, today);
        const anyActive = facts.lines.some((l) =>
          isLineActive(
            { ...l, hospitalSigned: facts.hospitalSigned, companySigned: facts.companySigned },
            today,
          ),
        );
        expect(status === 'active').toBe(anyActive);
        expect(awaiting.includes('hospital')).toBe(!facts.hospitalSigned);
        expect(awaiting.includes('company')).toBe(!facts.companySigned);
        expect(status === 'drafted').toBe(awaiting.length > 0);
        expect(status === 'renewed').toBe(
          status !== 'drafted' && !anyActive && facts.renewed && status !== 'signed',
        );
      }),
    );
  });

  it('moves only forward as the days pass: signed → active → expired/renewed, never back', () => {
    const order = { drafted: 0, signed: 1, active: 2, expired: 3, renewed: 3 } as const;
    fc.assert(
      fc.property(
        factsArb.filter((f) => f.lines.every((l) => l.endedOn === null || l.endedOn > l.cycleStart)),
        day,
        day,
        (facts, a, b) => {
          const [early, late] = a < b ? [a, b] : [b, a];
          const before = agreementStatus(facts, early).status;
          const after = agreementStatus(facts, late).status;
          // lines with gaps between them may go active → signed → active; without gaps, monotone
          if (facts.lines.length === 1) expect(order[after]).toBeGreaterThanOrEqual(order[before]);
          // once over, always over
          if (order[before] === 3) expect(order[after]).toBe(3);
        },
      ),
    );
  });
});
