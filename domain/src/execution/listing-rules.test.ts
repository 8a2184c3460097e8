import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { DEFAULT_EXECUTION_RULES as rules } from './execution-rules.js';
import {
  nonWinnerPriceCap,
  planListingChanges,
  type CurrentListing,
  type ListingPlan,
  type ListingWinner,
} from './listing-rules.js';

const winner = (companyId: string, packPrice: string, unitsPerPack = 7): ListingWinner => ({
  companyId,
  specCode: `S${unitsPerPack}`,
  unitsPerPack,
  packPrice,
});
const listed = (
  companyId: string,
  packPrice: string,
  unitsPerPack = 7,
  status: 'listed' | 'delisted' = 'listed',
): CurrentListing => ({ companyId, specCode: `S${unitsPerPack}`, unitsPerPack, packPrice, status });

/** The listings after a plan is carried out. */
function carryOut(listings: readonly CurrentListing[], plans: readonly ListingPlan[]): CurrentListing[] {
  const byCompany = new Map(listings.map((l) => [l.companyId, l]));
  for (const p of plans) byCompany.set(p.companyId, { ...p });
  return [...byCompany.values()];
}

describe('listing rules (挂网, docs/rules.md §12.9)', () => {
  it('caps a non-winner at the highest awarded unit price × ratio, per its own pack, down to the fen', () => {
    // winners at 2.80 / 7 = 0.40 and 4.48 / 14 = 0.32 a unit: the highest is 0.40; × 2.00 = 0.80 a unit
    const cap = nonWinnerPriceCap([winner('A', '2.80'), winner('B', '4.48', 14)], 10, rules);
    expect(cap?.toFixed(2)).toBe('8.00');
    // 0.40 × 2 × 3 units = 2.40; a unit price of 1/3 × 2.00 × 1 = 0.666… → 0.66 (down, never above the rule)
    expect(nonWinnerPriceCap([winner('A', '1.00', 3)], 1, rules)?.toFixed(2)).toBe('0.66');
    expect(nonWinnerPriceCap([], 10, rules)).toBeNull();
  });

  it('lists winners at the awarded price, lowers listed bidders over the cap, delists non-bidders', () => {
    const plans = planListingChanges(
      [winner('A', '2.80')],
      new Set(['A', 'B', 'C']),
      [listed('A', '3.50'), listed('B', '9.00', 14), listed('C', '5.00'), listed('D', '4.00')],
      rules,
    );
    expect(plans).toEqual([
      {
        companyId: 'A',
        specCode: 'S7',
        unitsPerPack: 7,
        packPrice: '2.80',
        status: 'listed',
        reason: 'AWARDED_PRICE',
      },
      // B: 9.00 ≤ 0.40 × 2.00 × 14 = 11.20 and C: 5.00 ≤ 0.40 × 2.00 × 7 = 5.60 keep their prices
      {
        companyId: 'D',
        specCode: 'S7',
        unitsPerPack: 7,
        packPrice: '4.00',
        status: 'delisted',
        reason: 'DID_NOT_BID',
      },
    ]);
    const over = planListingChanges([winner('A', '2.80')], new Set(['A', 'C']), [listed('C', '6.00')], rules);
    expect(over).toEqual([
      {
        companyId: 'A',
        specCode: 'S7',
        unitsPerPack: 7,
        packPrice: '2.80',
        status: 'listed',
        reason: 'AWARDED_PRICE',
      },
      {
        companyId: 'C',
        specCode: 'S7',
        unitsPerPack: 7,
        packPrice: '5.60',
        status: 'listed',
        reason: 'OVER_CAP',
      },
    ]);
    // the round's rules may keep non-bidders listed
    expect(
      planListingChanges([], new Set(), [listed('D', '4.00')], { ...rules, delistNonBidders: false }),
    ).toEqual([]);
  });

  const cents = fc.integer({ min: 1, max: 100_000 }).map((c) => new Dec(c).dividedBy(100).toFixed(2));
  const units = fc.constantFrom(1, 7, 10, 14, 28);
  const companies = ['A', 'B', 'C', 'D', 'E', 'F'];
  const world = fc.record({
    winners: fc
      .subarray(companies, { maxLength: 3 })
      .chain((ids) =>
        fc.tuple(...ids.map((id) => fc.record({ p: cents, u: units }).map(({ p, u }) => winner(id, p, u)))),
      ),
    listings: fc
      .subarray(companies)
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc
              .record({ p: cents, u: units, s: fc.constantFrom('listed' as const, 'delisted' as const) })
              .map(({ p, u, s }) => listed(id, p, u, s)),
          ),
        ),
      ),
    bidders: fc.subarray(companies).map((ids) => new Set(ids)),
    ratio: fc.constantFrom('1.00', '1.50', '2.00'),
    delist: fc.boolean(),
  });

  it('is idempotent: planning again over the outcome plans nothing', () => {
    fc.assert(
      fc.property(world, ({ winners, listings, bidders, ratio, delist }) => {
        const r = { nonWinnerListedPriceCapRatio: ratio, delistNonBidders: delist };
        const all = new Set([...bidders, ...winners.map((w) => w.companyId)]);
        const after = carryOut(listings, planListingChanges(winners, all, listings, r));
        expect(planListingChanges(winners, all, after, r)).toEqual([]);
      }),
    );
  });

  it('leaves every winner listed at its awarded price and every listed non-winner at or under the cap', () => {
    fc.assert(
      fc.property(world, ({ winners, listings, bidders, ratio, delist }) => {
        const r = { nonWinnerListedPriceCapRatio: ratio, delistNonBidders: delist };
        const all = new Set([...bidders, ...winners.map((w) => w.companyId)]);
        const after = carryOut(listings, planListingChanges(winners, all, listings, r));
        for (const w of winners)
          expect(after.find((l) => l.companyId === w.companyId)).toMatchObject({
            status: 'listed',
            packPrice: w.packPrice,
          });
        const winnerIds = new Set(winners.map((w) => w.companyId));
        for (const l of after) {
          if (winnerIds.has(l.companyId) || l.status !== 'listed') continue;
          expect(all.has(l.companyId) || !delist).toBe(true);
          const cap = nonWinnerPriceCap(winners, l.unitsPerPack, r);
          if (cap && all.has(l.companyId)) expect(new Dec(l.packPrice).lessThanOrEqualTo(cap)).toBe(true);
        }
      }),
    );
  });
});
