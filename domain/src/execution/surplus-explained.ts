import { Dec, ZERO } from '../money/decimal.js';
import { formatDecimal } from '../money/rounding.js';
import type { ExecutionRules, SurplusGrade } from './execution-rules.js';
import { surplusRetention } from './surplus-retention.js';

/** One line of the explanation: a stable code, its figures (decimal strings), and the sentence in both languages. */
export type SurplusStep =
  | {
      readonly code: 'SURPLUS';
      readonly budget: string;
      readonly actualSpend: string;
      readonly surplus: string;
      readonly zh: string;
      readonly en: string;
    }
  | {
      readonly code: 'GRADE';
      readonly grade: SurplusGrade;
      readonly share: string;
      readonly zh: string;
      readonly en: string;
    }
  | { readonly code: 'GRADE_PENDING'; readonly zh: string; readonly en: string }
  | { readonly code: 'OVER_BUDGET'; readonly retained: string; readonly zh: string; readonly en: string }
  | {
      readonly code: 'RETAINED';
      readonly surplus: string;
      readonly share: string;
      readonly retained: string;
      readonly zh: string;
      readonly en: string;
    };

export interface SurplusExplained {
  readonly budget: string;
  readonly actualSpend: string;
  /** budget − actual spend, negative when over budget */
  readonly surplus: string;
  /** null until the region bureau (or the office) grades the institution */
  readonly grade: SurplusGrade | null;
  readonly share: string | null;
  /** null while the grade is pending; 0.00 when over budget whatever the grade */
  readonly retained: string | null;
  readonly steps: readonly SurplusStep[];
}

/** 1234567.5 → "1,234,567.50": money as the rule book prints it, from the decimal's own string. */
export function formatMoney(value: Dec): string {
  const plain = formatDecimal(value, 2);
  const negative = plain.startsWith('-');
  const [whole = '0', fraction] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${grouped}.${fraction}`;
}

/**
 * docs/rules.md §12.3 结余留用 with its explanation: the figures `surplusRetention` works from and the
 * steps a clerk checks by hand (surplus, the grade's share, what is retained). A grade not yet given
 * leaves the share and the retained amount open; a spend at or over the budget retains nothing.
 */
export function explainSurplus(
  budget: Dec,
  actualSpend: Dec,
  grade: SurplusGrade | null,
  rules: ExecutionRules,
): SurplusExplained {
  const surplus = budget.minus(actualSpend);
  const [b, s, r] = [formatMoney(budget), formatMoney(actualSpend), formatMoney(surplus)];
  const steps: SurplusStep[] = [
    {
      code: 'SURPLUS',
      budget: formatDecimal(budget, 2),
      actualSpend: formatDecimal(actualSpend, 2),
      surplus: formatDecimal(surplus, 2),
      zh: `预算 ${b} − 实际支出 ${s} = 结余 ${r}`,
      en: `budget ${b} − actual spend ${s} = surplus ${r}`,
    },
  ];
  const share = grade === null ? null : rules.surplusShares[grade];
  const over = surplus.lte(ZERO);
  if (grade !== null && share !== null)
    steps.push({
      code: 'GRADE',
      grade,
      share,
      zh: `考核等级 ${grade} 留用比例 ${share}`,
      en: `grade ${grade}, retention share ${share}`,
    });
  // over budget nothing is retained whatever the grade, so a missing grade leaves nothing open
  else if (!over)
    steps.push({
      code: 'GRADE_PENDING',
      zh: '考核等级未评定，留用金额待定',
      en: 'not yet graded: the retained amount is open',
    });
  if (over)
    steps.push({
      code: 'OVER_BUDGET',
      retained: '0.00',
      zh: '实际支出未低于预算，无结余可留用；留用 0.00',
      en: 'the spend is not below the budget, so nothing is retained; retained 0.00',
    });
  const retained =
    grade === null ? null : formatDecimal(surplusRetention(budget, actualSpend, grade, rules), 2);
  if (!over && retained !== null && share !== null) {
    const shown = formatMoney(new Dec(retained));
    steps.push({
      code: 'RETAINED',
      surplus: formatDecimal(surplus, 2),
      share,
      retained,
      zh: `结余 ${r} × ${share} = 留用 ${shown}`,
      en: `surplus ${r} × ${share} = retained ${shown}`,
    });
  }
  return {
    budget: formatDecimal(budget, 2),
    actualSpend: formatDecimal(actualSpend, 2),
    surplus: formatDecimal(surplus, 2),
    grade,
    share,
    retained: over ? '0.00' : retained,
    steps,
  };
}
