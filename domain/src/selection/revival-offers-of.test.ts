import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.js';
import type { EvaluationResult } from '../evaluation-result.js';
import { BUILT_IN_RULESETS } from '../rulesets/built-in-rulesets.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { arbitraryRound, arbitraryRulesetChoice, rulesetOf } from '../test-support/arbitrary-round.js';
import { bid, product, round, spec } from '../test-support/round-builder.js';
import { revivalOffersOf } from './revival-offers-of.js';

const rs = (name: string): Ruleset => BUILT_IN_RULESETS[name] as Ruleset;
const p = product('P1', [spec('S1', '10', 14, '2.0000')]);
const fiveBids = [
  bid('A', '7.00'),
  bid('B', '12.60'),
  bid('C', '13.30'),
  bid('D', '15.40'),
  bid('E', '16.80'),
];

describe('revivalOffersOf: the offers read back from a published result', () => {
  it('docs/rules.md §8.2: C (0.9500) is offered the highest rule-1 winning UCP, 0.9000', () => {
    const { result } = evaluate(round([p], fiveBids), rs('nvbp-10'));
    expect(revivalOffersOf(result, rs('nvbp-10'))).toEqual([
      { productCode: 'P1', group: null, bidId: 'C', companyId: 'C-C', offerUcp: '0.9000' },
    ]);
  });

  it('a single rule-1 winner: the offer is the published threshold round4(1.8 × low)', () => {
    const bids = [bid('A', '7.00'), bid('B', '13.30'), bid('C', '14.00')];
    const { result } = evaluate(round([p], bids), rs('nvbp-10'));
    expect(revivalOffersOf(result, rs('nvbp-10')).map((o) => o.offerUcp)).toEqual(['0.9000']);
  });

  it('no revival-offer outcome, no offer', () => {
    const { result } = evaluate(round([p], fiveBids), rs('nvbp-7'));
    expect(revivalOffersOf(result, rs('nvbp-7'))).toEqual([]);
  });

  it('an offered bid without a rule-1 winner or threshold is a broken invariant', () => {
    const { result } = evaluate(round([p], fiveBids), rs('nvbp-10'));
    const broken: EvaluationResult = {
      ...result,
      products: result.products.map((e) => ({
        ...e,
        thresholdUcp: null,
        bids: e.bids.filter((b) => b.outcome !== 'winner'),
      })),
    };
    expect(() => revivalOffersOf(broken, rs('nvbp-10'))).toThrow(
      'Invariant failed: revival offers without a price in P1',
    );
  });

  it('property: the published result yields exactly the offers the evaluation made', () => {
    const revives = fc.constantFrom('nvbp-10', 'nvbp-11').chain((name) => arbitraryRulesetChoice(name));
    fc.assert(
      fc.property(arbitraryRound(), revives, (input, choice) => {
        const ruleset = rulesetOf(choice);
        const { result, revivalOffers } = evaluate(input, ruleset);
        expect(revivalOffersOf(result, ruleset)).toEqual(
          revivalOffers.map(({ productId, ...rest }) => ({ productCode: productId, ...rest })),
        );
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 50) },
    );
  }, 120_000);
});
