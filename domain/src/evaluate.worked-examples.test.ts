import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { BUILT_IN_RULESETS } from './rulesets/built-in-rulesets.js';
import type { Ruleset } from './rulesets/ruleset.js';
import { bid, demand, product, round, spec } from './test-support/round-builder.js';
import type { ProductResult } from './evaluation-result.js';

const rs = (name: string): Ruleset => BUILT_IN_RULESETS[name] as Ruleset;
const only = (r: ReturnType<typeof evaluate>): ProductResult => r.result.products[0] as ProductResult;
const byBid = (p: ProductResult, id: string) => p.bids.find((b) => b.bidId === id);

describe('docs/rules.md §5 unit comparable price (representative 10 mg tablet)', () => {
  const p = product('P1', [
    spec('S1', '10', 14, '2.0000'),
    spec('S2', '20', 28, '2.0000'),
    spec('S3', '5', 28, '2.0000'),
  ]);
  const bids = [
    bid('A', '10.50', { specId: 'S1' }),
    bid('B', '33.60', { specId: 'S2' }),
    bid('C', '13.44', { specId: 'S3' }),
  ];
  const out = only(evaluate(round([p], bids), rs('nvbp-7')));

  it('converts each spec to the representative strength with 1.7 per doubling', () => {
    expect(byBid(out, 'A')).toMatchObject({ unitBidPrice: '0.7500', ucp: '0.7500' });
    expect(byBid(out, 'B')).toMatchObject({ unitBidPrice: '1.2000', ucp: '0.7059' });
    expect(byBid(out, 'C')).toMatchObject({ unitBidPrice: '0.4800', ucp: '0.8160' });
  });

  it('ranks B first although its tablet is the dearest', () => {
    expect(out.bids.map((b) => [b.bidId, b.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
    ]);
  });
});

describe('docs/rules.md §8.1 spread worked example (ceiling 2.0000)', () => {
  const p = product('P1', [spec('S1', '10', 1, '2.0000')]);
  const four = [bid('A', '0.50'), bid('B', '0.90'), bid('C', '0.95'), bid('D', '1.10')];

  it('A wins by (a), B by (a) at exactly 1.8 × low, C by (c) with a 52.50 % cut, D loses', () => {
    const out = only(evaluate(round([p], [...four, bid('E', '1.50')]), rs('nvbp-7')));
    expect(out).toMatchObject({
      validBids: 5,
      maxShortlist: 4,
      lowestUcp: '0.5000',
      thresholdUcp: '0.9000',
      winners: 3,
    });
    expect(byBid(out, 'A')).toMatchObject({ outcome: 'winner', qualifiedBy: ['SPREAD_1_8', 'REDUCTION_50'] });
    expect(byBid(out, 'B')).toMatchObject({ outcome: 'winner', qualifiedBy: ['SPREAD_1_8', 'REDUCTION_50'] });
    expect(byBid(out, 'C')).toMatchObject({
      outcome: 'winner',
      qualifiedBy: ['REDUCTION_50'],
      reduction: '0.5250',
    });
    expect(byBid(out, 'D')).toMatchObject({
      outcome: 'price-condition-failed',
      shortlisted: true,
      reduction: '0.4500',
    });
    expect(byBid(out, 'E')).toMatchObject({ outcome: 'not-shortlisted', shortlisted: false, rank: 5 });
  });

  it('with four bids T9 shortlists three, so D is not shortlisted', () => {
    const out = only(evaluate(round([p], four), rs('nvbp-7')));
    expect(out.maxShortlist).toBe(3);
    expect(byBid(out, 'D')?.outcome).toBe('not-shortlisted');
  });

  it('the 0.1000 floor qualifies a bid by (b)', () => {
    const cheap = product('P1', [spec('S1', '10', 1, '0.1500')]);
    const out = only(
      evaluate(
        round(
          [cheap],
          [bid('A', '0.01'), bid('B', '0.09'), bid('C', '0.10'), bid('D', '0.12'), bid('E', '0.13')],
        ),
        rs('nvbp-7'),
      ),
    );
    expect(byBid(out, 'C')).toMatchObject({ outcome: 'winner', qualifiedBy: ['ABS_FLOOR'] });
    expect(byBid(out, 'D')?.outcome).toBe('price-condition-failed');
  });
});

describe('docs/rules.md §11.1 region counts', () => {
  it('R = 31, W = 4 gives 9, 8, 7, 7 regions', () => {
    const regions = Array.from({ length: 31 }, (_, i) => `R${String(i).padStart(2, '0')}`);
    const p = product('P1', [spec('S1', '10', 1, '2.0000')]);
    const bids = ['A', 'B', 'C', 'D', 'E'].map((id, i) => bid(id, `0.${50 + i}`));
    const out = only(evaluate(round([p], bids, [], regions), rs('nvbp-7')));
    expect(out.winners).toBe(4);
    const counts = ['C-A', 'C-B', 'C-C', 'C-D'].map((c) => out.regions.filter((r) => r.primary === c).length);
    expect(counts).toEqual([9, 8, 7, 7]);
    expect(out.regionPicks.slice(0, 3).map((p) => p.companyId)).toEqual(['C-A', 'C-A', 'C-B']);
    expect(out.regions.every((r) => r.backup !== null && r.backup !== r.primary)).toBe(true);
  });
});

describe('docs/rules.md §10 agreed volume per demand line', () => {
  it('rounds each line half up, never total × ratio', () => {
    const p = product('P1', [spec('S1', '10', 1, '2.0000')]);
    const lines = [demand('H1', 'BJ', 5), demand('H2', 'BJ', 5), demand('H3', 'BJ', 5)];
    // one winner: ratio 0.50; 3 × roundHalfUp(2.5) = 9, where 15 × 0.5 would be 7.5
    const out = only(evaluate(round([p], [bid('A', '0.50')], lines, ['BJ']), rs('nvbp-7')));
    expect(out).toMatchObject({ winners: 1, ratio: '0.50', cycleYears: 1, agreedVolume: 9 });
  });
});
