import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { DEFAULT_EXECUTION_RULES } from './execution-rules.js';
import { inventoryReportDue } from './inventory-due.js';
import {
  deliveryDays,
  fillRate,
  nearestRankPercentile,
  responseHours,
  supplyFigures,
  type Histogram,
} from './supply-figures.js';

const values = fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 200 });
const histogramOf = (xs: readonly number[]): Histogram => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts];
};
/** the definition: the value at rank ⌈p × n⌉ of the sorted list */
const byRank = (xs: readonly number[], percent: number) =>
  [...xs].sort((a, b) => a - b)[Math.ceil((percent * xs.length) / 100) - 1];

describe('supply figures (docs/rules.md §12.11)', () => {
  it('examples: started hours, calendar days, nearest-rank median and p90, fill rate to 4 places', () => {
    expect(responseHours(new Date('2027-04-01T01:00:00Z'), new Date('2027-04-01T01:10:00Z'))).toBe(1);
    expect(responseHours(new Date('2027-04-01T01:00:00Z'), new Date('2027-04-01T01:00:00Z'))).toBe(0);
    expect(responseHours(new Date('2027-04-01T01:00:00Z'), new Date('2027-04-02T03:00:00Z'))).toBe(26);
    expect(deliveryDays('2027-01-30', '2027-03-01')).toBe(30);
    // 1, 2, 3, 4: median rank 2 → 2 (not 2.5); p90 rank ⌈3.6⌉ = 4 → 4
    const h: Histogram = [
      [3, 1],
      [1, 1],
      [4, 1],
      [2, 1],
    ];
    expect([nearestRankPercentile(h, 50), nearestRankPercentile(h, 90)]).toEqual([2, 4]);
    expect(nearestRankPercentile([], 50)).toBeNull();
    expect(fillRate(2, 3)?.toFixed(4)).toBe('0.6667');
    expect(fillRate(1, 8)?.toFixed(4)).toBe('0.1250');
    expect(fillRate(5, 0)).toBeNull();
    expect(supplyFigures({ responseHours: h, deliveryDays: [], acceptedPacks: 9, orderedPacks: 10 })).toEqual(
      {
        responseHours: { median: 2, p90: 4 },
        deliveryDays: null,
        fillRate: new Dec('0.9'),
      },
    );
  });

  it('a percentile of the histogram is the value at its rank in the sorted list, whatever the order', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 100 }), (xs, percent) => {
        const h = histogramOf(xs);
        expect(nearestRankPercentile(h, percent)).toBe(byRank(xs, percent));
        expect(nearestRankPercentile([...h].reverse(), percent)).toBe(byRank(xs, percent));
      }),
    );
  });

  it('the median is a seen value, never above the p90, both within the range', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const { responseHours: r } = supplyFigures({
          responseHours: histogramOf(xs),
          deliveryDays: [],
          acceptedPacks: 0,
          orderedPacks: 1,
        });
        expect(r).not.toBeNull();
        expect(xs).toContain(r?.median);
        expect(r!.median).toBeLessThanOrEqual(r!.p90);
        expect(r!.p90).toBeLessThanOrEqual(Math.max(...xs));
        expect(r!.median).toBeGreaterThanOrEqual(Math.min(...xs));
      }),
    );
  });

  it('the fill rate is the exact ratio rounded half up to 4 places, within [0, 1] when accepted ≤ ordered', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        (ordered, a) => {
          const accepted = a % (ordered + 1n);
          const rate = fillRate(accepted, ordered) as Dec;
          const exact = new Dec(accepted.toString()).dividedBy(ordered.toString());
          expect(rate.minus(exact).abs().lte('0.00005')).toBe(true);
          expect(rate.decimalPlaces()).toBeLessThanOrEqual(4);
          expect(rate.gte(0) && rate.lte(1)).toBe(true);
        },
      ),
    );
  });

  it('started hours and days never shrink as the answer comes later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), (d1, d2) => {
        const t0 = new Date('2027-04-01T00:00:00Z');
        const [a, b] = [Math.min(d1, d2), Math.max(d1, d2)];
        expect(responseHours(t0, new Date(t0.getTime() + a))).toBeLessThanOrEqual(
          responseHours(t0, new Date(t0.getTime() + b)),
        );
        expect(responseHours(t0, new Date(t0.getTime() + a)) * 3_600_000).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});

describe('inventory report due day (docs/rules.md §12.12)', () => {
  const rules = DEFAULT_EXECUTION_RULES;
  it("a month's stock is due by the 10th of the next month; late, missing and not yet due", () => {
    expect(inventoryReportDue('2027-04-01', '2027-05-10', '2027-06-01', rules)).toEqual({
      dueOn: '2027-05-10',
      status: 'on-time',
      daysLate: 0,
    });
    expect(inventoryReportDue('2027-04-01', '2027-05-13', '2027-06-01', rules)).toMatchObject({
      status: 'late',
      daysLate: 3,
    });
    expect(inventoryReportDue('2027-12-01', null, '2028-01-12', rules)).toEqual({
      dueOn: '2028-01-10',
      status: 'missing',
      daysLate: 2,
    });
    expect(inventoryReportDue('2027-12-01', null, '2028-01-10', rules).status).toBe('not-yet-due');
  });
});
