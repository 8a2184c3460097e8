import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import type { RoundInput } from './round-input.js';
import { BUILT_IN_RULESETS } from './rulesets/built-in-rulesets.js';
import type { Ruleset } from './rulesets/ruleset.js';
import { arbitraryRound, arbitraryRulesetChoice, rulesetOf } from './test-support/arbitrary-round.js';
import { bid, product, round, spec } from './test-support/round-builder.js';

/** Issue 8 §10: a pending revival offer's value is part of the evaluation (not of G13's canonical output). */

const rs = (name: string): Ruleset => BUILT_IN_RULESETS[name] as Ruleset;
const p = product('P1', [spec('S1', '10', 14, '2.0000')]);
const fiveBids = (revival: 'accept' | null) => [
  bid('A', '7.00'),
  bid('B', '12.60'),
  bid('C', '13.30', { revival }),
  bid('D', '15.40'),
  bid('E', '16.80'),
];

describe('evaluate: pending revival offers', () => {
  it('docs/rules.md §8.2: C (0.9500) is offered the highest rule-1 winning UCP, 0.9000', () => {
    const evaluation = evaluate(round([p], fiveBids(null)), rs('nvbp-10'));
    expect(evaluation.revivalOffers).toEqual([
      { productId: 'P1', group: null, bidId: 'C', companyId: 'C-C', offerUcp: '0.9000' },
    ]);
    // G13: the canonical output still has no offer
    const c = evaluation.result.products[0]?.bids.find((b) => b.bidId === 'C');
    expect(c).toMatchObject({ outcome: 'revival-offer', winningUcp: null, winningPackPrice: null });
  });

  it('an answered offer is no longer pending', () => {
    expect(evaluate(round([p], fiveBids('accept')), rs('nvbp-10')).revivalOffers).toEqual([]);
  });

  it('a single rule-1 winner: the offer is the threshold round4(1.8 × low)', () => {
    const bids = [bid('A', '7.00'), bid('B', '13.30'), bid('C', '14.00')];
    expect(evaluate(round([p], bids), rs('nvbp-10')).revivalOffers.map((o) => o.offerUcp)).toEqual([
      '0.9000',
    ]);
  });

  it('rulesets without revival never offer', () => {
    expect(evaluate(round([p], fiveBids(null)), rs('nvbp-7')).revivalOffers).toEqual([]);
  });

  it('property: one offer per revival-offer bid, and accepting it wins at exactly the offer', () => {
    const revives = fc.constantFrom('nvbp-10', 'nvbp-11').chain((name) => arbitraryRulesetChoice(name));
    fc.assert(
      fc.property(arbitraryRound(), revives, (input, choice) => {
        const ruleset = rulesetOf(choice);
        const { result, revivalOffers } = evaluate(input, ruleset);
        const pending = result.products.flatMap((e) =>
          e.bids.filter((b) => b.outcome === 'revival-offer').map((b) => b.bidId),
        );
        expect(revivalOffers.map((o) => o.bidId)).toEqual(pending);
        const offered = new Set(pending);
        const accepted: RoundInput = {
          ...input,
          bids: input.bids.map((b) => (offered.has(b.id) ? { ...b, revival: 'accept' } : b)),
        };
        const after = evaluate(accepted, ruleset);
        for (const offer of revivalOffers) {
          const entry = after.result.products.find(
            (e) => e.productId === offer.productId && e.group === offer.group,
          );
          expect(entry?.bids.find((b) => b.bidId === offer.bidId)).toMatchObject({
            outcome: 'revival-winner',
            winningUcp: offer.offerUcp,
          });
        }
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 50) },
    );
  }, 120_000);
});
