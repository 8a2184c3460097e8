import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { DEFAULT_EXECUTION_RULES as rules, SURPLUS_GRADES, type SurplusGrade } from './execution-rules.js';
import { explainSurplus, formatMoney } from './surplus-explained.js';
import { surplusRetention } from './surplus-retention.js';

const money = fc.integer({ min: 0, max: 9_999_999_999 }).map((cents) => new Dec(cents).dividedBy(100));
const grade = fc.constantFrom<SurplusGrade>(...SURPLUS_GRADES);

describe('explainSurplus', () => {
  it('reads like the rule book (docs/rules.md §12.3 example)', () => {
    const e = explainSurplus(new Dec('500000'), new Dec('420000'), 'B', rules);
    expect(e).toMatchObject({
      budget: '500000.00',
      actualSpend: '420000.00',
      surplus: '80000.00',
      grade: 'B',
      share: '0.40',
      retained: '32000.00',
    });
    expect(e.steps.map((s) => s.zh).join('；')).toBe(
      '预算 500,000.00 − 实际支出 420,000.00 = 结余 80,000.00；考核等级 B 留用比例 0.40；结余 80,000.00 × 0.40 = 留用 32,000.00',
    );
    expect(e.steps.map((s) => s.code)).toEqual(['SURPLUS', 'GRADE', 'RETAINED']);
  });

  it('retains nothing at grade D, nothing over budget, and leaves an ungraded surplus open', () => {
    expect(explainSurplus(new Dec('500000'), new Dec('420000'), 'D', rules).retained).toBe('0.00');
    const over = explainSurplus(new Dec('500000'), new Dec('510000'), 'A', rules);
    expect(over.retained).toBe('0.00');
    expect(over.surplus).toBe('-10000.00');
    expect(over.steps[0]?.zh).toBe('预算 500,000.00 − 实际支出 510,000.00 = 结余 −10,000.00');
    expect(over.steps.map((s) => s.code)).toEqual(['SURPLUS', 'GRADE', 'OVER_BUDGET']);
    const pending = explainSurplus(new Dec('500000'), new Dec('420000'), null, rules);
    expect(pending).toMatchObject({ grade: null, share: null, retained: null });
    expect(pending.steps.map((s) => s.code)).toEqual(['SURPLUS', 'GRADE_PENDING']);
    const overUngraded = explainSurplus(new Dec('1'), new Dec('2'), null, rules);
    expect(overUngraded.retained).toBe('0.00');
  });

  it('formats money with thousands separators from the decimal string', () => {
    expect(formatMoney(new Dec('0'))).toBe('0.00');
    expect(formatMoney(new Dec('999.995'))).toBe('1,000.00');
    expect(formatMoney(new Dec('-1234567.8'))).toBe('−1,234,567.80');
    expect(formatMoney(new Dec('12345678901234567890.12'))).toBe('12,345,678,901,234,567,890.12');
  });

  it('agrees with surplusRetention, never retains more than the surplus, and grades in order', () => {
    fc.assert(
      fc.property(money, money, grade, (budget, spend, g) => {
        const e = explainSurplus(budget, spend, g, rules);
        const retained = new Dec(e.retained ?? 'NaN');
        expect(retained.equals(surplusRetention(budget, spend, g, rules))).toBe(true);
        expect(retained.gte(0)).toBe(true);
        expect(retained.lte(Dec.max(budget.minus(spend), 0))).toBe(true);
        expect(new Dec(e.surplus).equals(budget.minus(spend))).toBe(true);
        // a better grade never retains less
        const better = SURPLUS_GRADES.slice(0, SURPLUS_GRADES.indexOf(g) + 1);
        for (const b of better)
          expect(new Dec(explainSurplus(budget, spend, b, rules).retained ?? '0').gte(retained)).toBe(true);
        // every figure of the answer is in the explanation
        const text = e.steps.map((s) => s.zh).join('；');
        expect(text).toContain(formatMoney(budget));
        expect(text).toContain(formatMoney(spend));
        expect(text).toContain(formatMoney(new Dec(e.retained ?? '0')));
      }),
    );
  });
});
