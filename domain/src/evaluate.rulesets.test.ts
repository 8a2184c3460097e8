import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { BUILT_IN_RULESETS } from './rulesets/built-in-rulesets.js';
import { applyOverrides } from './rulesets/apply-overrides.js';
import type { Ruleset } from './rulesets/ruleset.js';
import { bid, demand, product, round, spec } from './test-support/round-builder.js';
import type { ProductResult } from './evaluation-result.js';

const rs = (name: string): Ruleset => BUILT_IN_RULESETS[name] as Ruleset;
const entries = (r: ReturnType<typeof evaluate>): ProductResult[] => r.result.products;
const only = (r: ReturnType<typeof evaluate>): ProductResult => entries(r)[0] as ProductResult;
const byBid = (p: ProductResult, id: string) => p.bids.find((b) => b.bidId === id);
const unitProduct = (ceiling = '2.0000', extra = {}) =>
  product('P1', [spec('S1', '10', 1, ceiling), spec('S2', '20', 28, ceiling)], extra);

describe('nvbp-11: anchor with revival (docs/rules.md §8.3)', () => {
  // shortlist (T10, N = 8 → M = 5): 0.20 0.50 0.60 0.90 1.00 → mean 0.6400, anchor max(0.20, 0.32) = 0.32, threshold 0.5760
  const bids = [
    bid('A', '0.20'),
    bid('B', '0.50'),
    bid('C', '28.56', { specId: 'S2', revival: 'accept' }), // 20 mg × 28: unit 1.0200 → UCP 0.6000
    bid('D', '0.90', { revival: 'decline' }),
    bid('E', '1.00'),
    bid('F', '1.10'),
    bid('G', '1.20'),
    bid('H', '1.30'),
  ];
  const out = only(evaluate(round([unitProduct()], bids), rs('nvbp-11')));

  it('publishes mean, anchor and threshold', () => {
    expect(out).toMatchObject({
      maxShortlist: 5,
      lowestUcp: '0.2000',
      meanUcp: '0.6400',
      anchorUcp: '0.3200',
      thresholdUcp: '0.5760',
    });
  });
  it('wins below the threshold and flags bids below half the mean', () => {
    expect(byBid(out, 'A')).toMatchObject({
      outcome: 'winner',
      qualifiedBy: ['ANCHOR'],
      reasons: ['BELOW_HALF_MEAN'],
    });
    expect(byBid(out, 'B')).toMatchObject({ outcome: 'winner', qualifiedBy: ['ANCHOR'], reasons: [] });
  });
  it('offers revival at the highest winning UCP, converted back to the bid’s own pack', () => {
    expect(byBid(out, 'C')).toMatchObject({
      outcome: 'revival-winner',
      qualifiedBy: ['REVIVAL'],
      winningUcp: '0.5000',
      winningPackPrice: '23.80',
    });
    expect(byBid(out, 'D')).toMatchObject({ outcome: 'price-condition-failed', winningUcp: null });
    expect(byBid(out, 'E')).toMatchObject({
      outcome: 'revival-offer',
      winningUcp: null,
      winningPackPrice: null,
    });
    expect(byBid(out, 'F')?.outcome).toBe('not-shortlisted');
  });
  it('awaits the open offer, with volumes from the winners so far (W = 3)', () => {
    expect(out).toMatchObject({ status: 'awaiting-revival', winners: 3, ratio: '0.70', cycleYears: 2 });
  });
});

describe('nvbp-10: spread with revival', () => {
  it('offers the highest rule-1 winning UCP', () => {
    const out = only(
      evaluate(
        round(
          [unitProduct()],
          [bid('A', '0.50'), bid('B', '0.80'), bid('C', '1.00', { revival: 'accept' }), bid('D', '1.20')],
        ),
        rs('nvbp-10'),
      ),
    );
    expect(out).toMatchObject({ status: 'awarded', maxShortlist: 3, thresholdUcp: '0.9000', winners: 3 });
    expect(byBid(out, 'C')).toMatchObject({
      outcome: 'revival-winner',
      winningUcp: '0.8000',
      winningPackPrice: '0.80',
    });
  });
  it('offers round4(1.8 × low) when rule 1 has a single winner', () => {
    const out = only(
      evaluate(
        round(
          [unitProduct()],
          [bid('A', '0.50'), bid('B', '1.00', { revival: 'accept' }), bid('C', '1.20'), bid('D', '1.30')],
        ),
        rs('nvbp-10'),
      ),
    );
    expect(byBid(out, 'B')).toMatchObject({ outcome: 'revival-winner', winningUcp: '0.9000' });
  });
  it('drops condition (c) and keeps the floor for oral solids only (G14)', () => {
    const bids = [bid('A', '0.01'), bid('B', '0.09'), bid('C', '0.50'), bid('D', '0.60')];
    const oral = only(evaluate(round([unitProduct('0.1500')], bids), rs('nvbp-10')));
    expect(byBid(oral, 'B')).toMatchObject({ outcome: 'winner', qualifiedBy: ['ABS_FLOOR'] });
    const injection = only(
      evaluate(round([unitProduct('0.1500', { form: 'injection' })], bids), rs('nvbp-10')),
    );
    expect(byBid(injection, 'B')?.outcome).toBe('revival-offer');
  });
});

describe('nvbp-pilot: the lowest bid alone wins and supplies every region', () => {
  const lines = [demand('H1', 'BJ', 100), demand('H2', 'SH', 300)];
  const out = only(
    evaluate(
      round([unitProduct()], [bid('A', '0.60'), bid('B', '0.50'), bid('C', '0.55')], lines, ['SH', 'BJ']),
      rs('nvbp-pilot'),
    ),
  );
  it('selects rank 1 by LOWEST, shortlists one', () => {
    expect(out).toMatchObject({
      maxShortlist: 1,
      thresholdUcp: null,
      winners: 1,
      ratio: '0.50',
      agreedVolume: 200,
    });
    expect(byBid(out, 'B')).toMatchObject({ rank: 1, outcome: 'winner', qualifiedBy: ['LOWEST'] });
    expect(byBid(out, 'C')?.outcome).toBe('not-shortlisted');
  });
  it('makes R primary picks, largest volume first, and no backups', () => {
    expect(out.regionPicks).toEqual([
      { turn: 1, companyId: 'C-B', regionId: 'SH', kind: 'primary' },
      { turn: 2, companyId: 'C-B', regionId: 'BJ', kind: 'primary' },
    ]);
    expect(out.regions.map((r) => [r.regionId, r.primary, r.backup, r.agreedVolume])).toEqual([
      ['BJ', 'C-B', null, 50],
      ['SH', 'C-B', null, 150],
    ]);
  });
});

describe('nvbp-7: backups and preferences (docs/rules.md §11)', () => {
  it('picks by preference, then the default; backups after all primaries, never the primary', () => {
    const lines = [demand('H1', 'GD', 100), demand('H2', 'BJ', 50), demand('H3', 'SH', 10)];
    const bids = [
      bid('A', '0.50', { regionPreferences: ['SH'] }),
      bid('B', '0.60', { regionPreferences: ['SH', 'GD'] }),
    ];
    const out = only(evaluate(round([unitProduct()], bids, lines, ['BJ', 'SH', 'GD']), rs('nvbp-7')));
    expect(out.regionPicks.map((p) => `${p.turn}:${p.companyId}:${p.regionId}:${p.kind}`)).toEqual([
      '1:C-A:SH:primary',
      '2:C-A:GD:primary',
      '3:C-B:BJ:primary',
      '4:C-A:BJ:backup',
      '5:C-B:SH:backup',
      '6:C-B:GD:backup',
    ]);
    expect(out.allocations).toEqual([
      { institutionId: 'H1', companyId: 'C-A', agreedVolume: 60 },
      { institutionId: 'H2', companyId: 'C-B', agreedVolume: 30 },
      { institutionId: 'H3', companyId: 'C-A', agreedVolume: 6 },
    ]);
  });
});

describe('nvbp-11: brand routing', () => {
  it('sends a line reported by brand to that brand when it won, else to the primary', () => {
    const lines = [
      demand('H1', 'BJ', 100, { brandCompanyId: 'C-B' }),
      demand('H2', 'BJ', 100, { brandCompanyId: 'C-C' }),
    ];
    const bids = [bid('A', '0.50'), bid('B', '0.55'), bid('C', '5.00')];
    const out = only(evaluate(round([unitProduct()], bids, lines, ['BJ']), rs('nvbp-11')));
    expect(out.allocations).toEqual([
      { institutionId: 'H1', companyId: 'C-B', agreedVolume: 60 },
      { institutionId: 'H2', companyId: 'C-A', agreedVolume: 60 },
    ]);
    const nvbp7 = only(evaluate(round([unitProduct()], bids, lines, ['BJ']), rs('nvbp-7')));
    expect(nvbp7.allocations.map((a) => a.companyId)).toEqual(['C-A', 'C-A']);
  });
});

describe('gd-alliance: market-volume groups A/B (docs/rules.md §9, G21)', () => {
  const volumes = [500, 300, 100, 50, 30, 20];
  const bids = volumes.map((v, i) => bid(`B${i}`, `0.${60 - i * 5}`, { marketVolume: v }));
  const out = entries(
    evaluate(round([unitProduct()], bids, [demand('H1', null, 1000)], null), rs('gd-alliance')),
  );
  it('A is the shortest prefix holding 80 % of last year’s volume; fewer than 6 all win', () => {
    expect(out.map((e) => e.group)).toEqual(['A', 'B']);
    const a = out[0] as ProductResult;
    expect(a.bids.map((b) => [b.bidId, b.rank, b.outcome])).toEqual([
      ['B1', 1, 'winner'],
      ['B0', 2, 'winner'],
    ]);
    expect(a.bids[1]?.qualifiedBy).toEqual(['SPREAD_1_8', 'REDUCTION_50', 'GROUP_A_NO_ELIMINATION']);
    expect(a).toMatchObject({
      validBids: 2,
      maxShortlist: 2,
      winners: 2,
      ratio: '0.60',
      agreedVolume: 600,
      allocations: [],
    });
  });
  it('B applies spread on its own, with its own N and T9, and carries no volume', () => {
    const b = out[1] as ProductResult;
    expect(b).toMatchObject({ validBids: 4, maxShortlist: 3, lowestUcp: '0.3500', agreedVolume: 0 });
    expect(b.bids.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
  });
});

describe('consumables-alliance: negotiation and rank shares (docs/rules.md §8.6, §11.4)', () => {
  const consumable = () => unitProduct('2.0000', { form: 'consumable' });
  it('negotiates with a single bidder', () => {
    const out = only(
      evaluate(
        round(
          [consumable()],
          [bid('A', '0.50', { consistencyPassedOn: null })],
          [demand('H1', null, 1000)],
          null,
        ),
        rs('consumables-alliance'),
      ),
    );
    expect(out).toMatchObject({
      status: 'negotiation',
      winners: 0,
      ratio: null,
      agreedVolume: 0,
      thresholdUcp: '0.9000',
    });
    expect(out.bids[0]).toMatchObject({
      outcome: 'negotiation',
      rank: 1,
      shortlisted: true,
      qualifiedBy: [],
    });
  });
  it('splits 60 % of demand by rank: 60 %, 60 % of the rest, the rest', () => {
    const bids = [bid('A', '0.50'), bid('B', '0.60'), bid('C', '0.70'), bid('D', '0.80'), bid('E', '5.00')];
    const out = only(
      evaluate(round([consumable()], bids, [demand('H1', null, 1000)], null), rs('consumables-alliance')),
    );
    expect(out).toMatchObject({ winners: 3, ratio: '0.60', cycleYears: 2, agreedVolume: 600 });
    expect(out.allocations).toEqual([
      { institutionId: null, companyId: 'C-A', agreedVolume: 360 },
      { institutionId: null, companyId: 'C-B', agreedVolume: 144 },
      { institutionId: null, companyId: 'C-C', agreedVolume: 96 },
    ]);
  });
});

describe('ladders and volume classes (docs/rules.md §10, G19, G20)', () => {
  const two = [bid('A', '0.50'), bid('B', '0.60')];
  it('designated anti-infectives use their own ladder under nvbp-7, the general one under the pilot', () => {
    const p = unitProduct('2.0000', { volumeClass: 'designated-anti-infective' });
    expect(only(evaluate(round([p], two), rs('nvbp-7')))).toMatchObject({
      winners: 2,
      ratio: '0.40',
      cycleYears: 1,
    });
    expect(only(evaluate(round([p], two), rs('nvbp-pilot')))).toMatchObject({ winners: 1, ratio: '0.50' });
  });
  it('an exclusive product with one winner takes all of its demand for one year', () => {
    const p = unitProduct('2.0000', { volumeClass: 'exclusive' });
    expect(
      only(evaluate(round([p], [bid('A', '0.50')], [demand('H1', 'BJ', 7)]), rs('nvbp-7'))),
    ).toMatchObject({ ratio: '1.00', cycleYears: 1, agreedVolume: 7 });
  });
  it('four or more winners stay on the last rung', () => {
    const bids = ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => bid(id, `0.5${i}`));
    expect(only(evaluate(round([unitProduct()], bids), rs('nvbp-7')))).toMatchObject({
      winners: 4,
      ratio: '0.80',
      cycleYears: 3,
    });
  });
});

describe('overrides: the office’s what-if', () => {
  it('thin competition leaves a product without a winner (G22)', () => {
    const thin = applyOverrides(rs('nvbp-7'), { thinCompetition: { maxBidders: 2, minReduction: '0.80' } });
    const out = only(evaluate(round([unitProduct()], [bid('A', '0.50'), bid('B', '0.60')]), thin));
    expect(out).toMatchObject({ status: 'no-winner', winners: 0, ratio: null, regions: [] });
    expect(out.bids.map((b) => b.outcome)).toEqual(['price-condition-failed', 'price-condition-failed']);
  });
  it('a lower spread multiple changes the winners', () => {
    const bids = [bid('A', '0.50'), bid('B', '0.70'), bid('C', '0.80'), bid('D', '1.90'), bid('E', '1.95')];
    const strict = applyOverrides(rs('nvbp-7'), {
      name: 'what-if',
      spreadMultiple: '1.5',
      minReduction: null,
    });
    const out = evaluate(round([unitProduct()], bids), strict);
    expect(out.result.ruleset).toEqual({ name: 'what-if', version: '1' });
    expect(only(out)).toMatchObject({ thresholdUcp: '0.7500', winners: 2 });
  });
  it('groupBy bid.group evaluates each group as its own product (G17)', () => {
    const grouped = applyOverrides(rs('nvbp-7'), { groupBy: 'bid.group' });
    const bids = [bid('A', '0.50', { group: 'y' }), bid('B', '0.60'), bid('C', '0.70', { group: 'x' })];
    const lines = [demand('H1', 'BJ', 10, { group: 'x' }), demand('H2', 'BJ', 10, { group: 'nope' })];
    const out = entries(evaluate(round([unitProduct()], bids, lines), grouped));
    expect(out.map((e) => [e.group, e.validBids, e.agreedVolume])).toEqual([
      [null, 1, 0],
      ['x', 1, 5],
      ['y', 1, 0],
    ]);
  });
  it('a product with no valid bid has no volume (G16)', () => {
    const out = only(evaluate(round([unitProduct()], [bid('A', '9.00')]), rs('nvbp-7')));
    expect(out).toMatchObject({
      status: 'no-valid-bids',
      validBids: 0,
      maxShortlist: 0,
      lowestUcp: null,
      winners: 0,
      ratio: null,
      agreedVolume: 0,
    });
    expect(out.bids[0]).toMatchObject({
      outcome: 'invalid',
      rank: null,
      reasons: ['CEILING_EXCEEDED'],
      ucp: '9.0000',
    });
  });
});
