import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { evaluate } from './evaluate.js';
import type { BidResult, EvaluationResult, ProductResult, QualifyingCondition } from './evaluation-result.js';
import { Dec } from './money/decimal.js';
import type { Quantity } from './money/quantity-sum.js';
import type { DemandLine, Form, RoundInput } from './round-input.js';
import { BUILT_IN_RULESET_NAMES } from './rulesets/built-in-rulesets.js';
import type { Ruleset } from './rulesets/ruleset.js';
import { serializeResult } from './serialize-result.js';
import { arbitraryRound, arbitraryRulesetChoice, rulesetOf } from './test-support/arbitrary-round.js';
import { round2, round4 } from './money/rounding.js';

/** 7 properties × 6 rulesets; 50 runs keep the file well under 20 s (FC_NUM_RUNS=2000 for a deeper hunt). */
const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 50);
vi.setConfig({ testTimeout: 120_000 });

type Check = (input: RoundInput, ruleset: Ruleset, result: EvaluationResult) => void;

/** Mostly demand of 0–10^7 units a line; one round in five with lines up to 2^53 − 1 (G41). */
const rounds = fc.oneof(
  { weight: 4, arbitrary: arbitraryRound() },
  { weight: 1, arbitrary: arbitraryRound({ hugeQuantities: true }) },
);

function holds(name: string, check: Check): void {
  fc.assert(
    fc.property(rounds, arbitraryRulesetChoice(name), (input, choice) => {
      const ruleset = rulesetOf(choice);
      check(input, ruleset, evaluate(input, ruleset).result);
    }),
    { numRuns: NUM_RUNS },
  );
}

const sum = (qs: readonly Quantity[]): bigint => qs.reduce<bigint>((acc, q) => acc + BigInt(q), 0n);
const isWin = (b: BidResult): boolean => b.outcome === 'winner' || b.outcome === 'revival-winner';
const winnersOf = (e: ProductResult): BidResult[] => e.bids.filter(isWin);
const dec = (s: string | null): Dec => new Dec(s ?? 'NaN');

/** A decimal string as the exact fraction num / den. */
function fraction(decimal: string): { num: bigint; den: bigint } {
  const [whole, digits = ''] = decimal.split('.');
  return { num: BigInt(`${whole}${digits}`), den: 10n ** BigInt(digits.length) };
}

/** docs/rules.md §10 per demand line, independently of the engine: roundHalfUp(quantity × ratio) in BigInt. */
function agreedLine(quantity: number, ratio: string): bigint {
  const { num, den } = fraction(ratio);
  const x = BigInt(quantity) * num;
  return x / den + (2n * (x % den) >= den ? 1n : 0n);
}

/** The demand lines an entry uses (contract "Groups", G17, G21). */
function linesOf(input: RoundInput, ruleset: Ruleset, e: ProductResult): DemandLine[] {
  const lines = input.demand.filter((l) => l.productId === e.productId);
  if (ruleset.groupBy === 'bid.group') return lines.filter((l) => l.group === e.group);
  if (ruleset.groupBy === 'market-volume') return e.group === 'B' ? [] : lines;
  return lines;
}

/** Where each line's agreed volume goes under regions (contract "Allocation", G51). */
function companyOfLine(line: DemandLine, e: ProductResult, ruleset: Ruleset): string | null {
  const winners = new Set(winnersOf(e).map((b) => b.companyId));
  if (ruleset.brandRouting && line.brandCompanyId !== null && winners.has(line.brandCompanyId))
    return line.brandCompanyId;
  return e.regions.find((r) => r.regionId === line.regionId)?.primary ?? null;
}

/** Invalid bids are listed "in input order": the one part of the output that may follow a shuffle. */
function withInvalidById(result: EvaluationResult): EvaluationResult {
  const byId = (a: BidResult, b: BidResult) => (a.bidId < b.bidId ? -1 : a.bidId > b.bidId ? 1 : 0);
  const sorted = (bids: BidResult[]) => [
    ...bids.filter((b) => b.outcome !== 'invalid'),
    ...bids.filter((b) => b.outcome === 'invalid').sort(byId),
  ];
  return { ...result, products: result.products.map((p) => ({ ...p, bids: sorted(p.bids) })) };
}

/** docs/rules.md §8, G10, G12, G45: low, mean, anchor and threshold recomputed from the bids' published UCPs. */
function expectPublishedFigures(e: ProductResult, valid: readonly BidResult[], ruleset: Ruleset): void {
  const low = dec(valid[0]?.ucp ?? null);
  const multiple = new Dec(ruleset.spreadMultiple);
  expect(e.lowestUcp).toBe(low.toFixed(4));
  const flagged = valid.filter((b) => b.reasons.includes('BELOW_HALF_MEAN')).map((b) => b.bidId);
  if (ruleset.priceCondition !== 'anchor') {
    expect([e.meanUcp, e.anchorUcp, flagged]).toEqual([null, null, []]);
    expect(e.thresholdUcp).toBe(
      ruleset.priceCondition === 'lowest' ? null : round4(multiple.times(low)).toFixed(4),
    );
    return;
  }
  const shortlist = valid.slice(0, e.maxShortlist);
  const mean = round4(shortlist.reduce((acc, b) => acc.plus(dec(b.ucp)), new Dec(0)).div(shortlist.length));
  const half = new Dec(ruleset.anchorShare).times(mean);
  const anchor = Dec.max(low, half);
  expect([e.meanUcp, e.anchorUcp, e.thresholdUcp]).toEqual([
    mean.toFixed(4),
    round4(anchor).toFixed(4),
    round4(multiple.times(anchor)).toFixed(4),
  ]);
  expect(flagged).toEqual(valid.filter((b) => dec(b.ucp).lt(half)).map((b) => b.bidId));
}

/** docs/rules.md §8 and G46: every condition of the entry's price rule that a bid meets, in qualifiedBy order. */
function conditionsMet(b: BidResult, e: ProductResult, ruleset: Ruleset, form: Form): QualifyingCondition[] {
  const ucp = dec(b.ucp);
  const floor = ruleset.absFloor[form];
  const underFloor = floor !== undefined && ucp.lte(new Dec(floor));
  const underThreshold = ucp.lte(dec(e.thresholdUcp));
  switch (ruleset.priceCondition) {
    case 'lowest':
      return b.rank === 1 ? ['LOWEST'] : [];
    case 'anchor':
      return [
        ...(underFloor ? (['ABS_FLOOR'] as const) : []),
        ...(underThreshold ? (['ANCHOR'] as const) : []),
      ];
    default: {
      const met: QualifyingCondition[] = underThreshold ? ['SPREAD_1_8'] : [];
      if (underFloor) met.push('ABS_FLOOR');
      if (ruleset.minReduction !== null && dec(b.reduction).gte(new Dec(ruleset.minReduction)))
        met.push('REDUCTION_50');
      return met;
    }
  }
}

/** A permutation that shrinks to the identity (all keys 0). */
function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, i, k: keys[i] ?? 0 }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.item);
}

describe.each(BUILT_IN_RULESET_NAMES)('evaluate properties under %s (± overrides)', (name) => {
  it('1. allocations sum exactly to the agreed volume (and to the regions\u2019 volumes)', () => {
    holds(name, (_input, ruleset, result) => {
      for (const e of result.products) {
        const total = BigInt(e.agreedVolume);
        if (e.winners === 0) expect(total).toBe(0n);
        if (ruleset.volumeAllocation !== 'none')
          expect(sum(e.allocations.map((a) => a.agreedVolume))).toBe(total);
        if (ruleset.volumeAllocation === 'regions')
          expect(sum(e.regions.map((r) => r.agreedVolume))).toBe(total);
      }
    });
  });

  it('2. no hospital is agreed more than it reported for the entry', () => {
    holds(name, (input, ruleset, result) => {
      for (const e of result.products) {
        const lines = linesOf(input, ruleset, e);
        for (const inst of new Set(e.allocations.map((a) => a.institutionId))) {
          if (inst === null) continue;
          const agreed = sum(
            e.allocations.filter((a) => a.institutionId === inst).map((a) => a.agreedVolume),
          );
          expect(agreed).toBeLessThanOrEqual(
            sum(lines.filter((l) => l.institutionId === inst).map((l) => l.quantity)),
          );
        }
      }
    });
  });

  it('3. shuffling bids, demand lines and regions changes no byte (invalid bids compared by id)', () => {
    const keys = fc.array(fc.nat({ max: 1000 }), { maxLength: 60 });
    fc.assert(
      fc.property(rounds, arbitraryRulesetChoice(name), keys, keys, keys, (input, choice, kb, kd, kr) => {
        const ruleset = rulesetOf(choice);
        const shuffled: RoundInput = {
          ...input,
          bids: permute(input.bids, kb),
          demand: permute(input.demand, kd),
          regions: permute(input.regions ?? [], kr),
        };
        const before = evaluate(input, ruleset).result;
        const after = evaluate(shuffled, ruleset).result;
        expect(serializeResult(withInvalidById(after))).toBe(serializeResult(withInvalidById(before)));
        // and the exception is exactly "input order"
        const position = new Map(shuffled.bids.map((b, i) => [b.id, i]));
        for (const e of after.products) {
          const invalid = e.bids
            .filter((b) => b.outcome === 'invalid')
            .map((b) => position.get(b.bidId) ?? -1);
          expect(invalid).toEqual([...invalid].sort((x, y) => x - y));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('4. every winner names every condition it meets (G46), re-checked in decimals from the published figures', () => {
    holds(name, (input, ruleset, result) => {
      for (const e of result.products) {
        const valid = e.bids.filter((b) => b.outcome !== 'invalid');
        if (valid.length === 0 || e.status === 'negotiation') continue;
        const form = input.products.find((p) => p.id === e.productId)?.form ?? 'other';
        const ruleWinners = e.bids.filter((b) => b.outcome === 'winner');
        const noElimination =
          ruleset.groupBy === 'market-volume' && e.group === 'A' && e.validBids < ruleset.noEliminationBelow;
        // G21/G46: group A below noEliminationBelow lists the spread conditions whatever the price rule
        const applied: Ruleset = noElimination
          ? { ...ruleset, priceCondition: 'spread', thinCompetition: null }
          : ruleset;
        expectPublishedFigures(e, valid, applied);
        for (const b of valid.filter((v) => v.shortlisted)) {
          const met = conditionsMet(b, e, applied, form);
          if (b.outcome === 'winner') {
            expect(b.qualifiedBy.length, b.bidId).toBeGreaterThan(0);
            expect(b.qualifiedBy, b.bidId).toEqual(noElimination ? [...met, 'GROUP_A_NO_ELIMINATION'] : met);
            expect([b.winningUcp, b.winningPackPrice]).toEqual([
              b.ucp,
              input.bids.find((x) => x.id === b.bidId)?.packPrice.toFixed(2),
            ]);
            continue;
          }
          // a shortlisted bid that did not win by rule 1 meets no condition (unless thin competition voided all)
          if (ruleset.thinCompetition === null && !noElimination) expect(met, b.bidId).toEqual([]);
          if (b.outcome !== 'revival-winner') continue;
          expect(b.qualifiedBy).toEqual(['REVIVAL']);
          expect(input.bids.find((x) => x.id === b.bidId)?.revival).toBe('accept');
          expect(ruleWinners.length).toBeGreaterThan(0);
          const single = ruleset.priceCondition === 'spread-revival' && ruleWinners.length === 1;
          const offer = single ? dec(e.thresholdUcp) : Dec.max(...ruleWinners.map((w) => dec(w.ucp)));
          expect(b.winningUcp, `${b.bidId} REVIVAL`).toBe(offer.toFixed(4));
          // back to its own spec and pack: round2(round4(offer ÷ factor) × units), factor 1.7^log2(S_rep/S)
          const product = input.products.find((p) => p.id === e.productId);
          const ownSpec = product?.specs.find(
            (sp) => sp.id === input.bids.find((x) => x.id === b.bidId)?.specId,
          );
          const rep = product?.specs.find((sp) => sp.id === product.representativeSpecId);
          if (!ownSpec || !rep) throw new Error(`${b.bidId}: spec not found`);
          const k =
            [-2, -1, 0, 1, 2].find((n) => new Dec(2).pow(n).eq(rep.strength.div(ownSpec.strength))) ?? NaN;
          const factor = new Dec(ruleset.strengthBase).pow(k);
          expect(b.winningPackPrice).toBe(
            round2(round4(offer.div(factor)).times(ownSpec.unitsPerPack)).toFixed(2),
          );
        }
      }
    });
  });

  it('5. rounding never creates or loses a unit', () => {
    holds(name, (input, ruleset, result) => {
      for (const e of result.products) {
        if (e.ratio === null) {
          expect([e.winners, e.agreedVolume, e.allocations.length, e.regions.length]).toEqual([0, 0, 0, 0]);
          continue;
        }
        const ratio = e.ratio;
        const lines = linesOf(input, ruleset, e);
        expect(BigInt(e.agreedVolume)).toBe(
          lines.reduce((acc, l) => acc + agreedLine(l.quantity, ratio), 0n),
        );
        if (ruleset.volumeAllocation === 'regions') {
          for (const r of e.regions) {
            const own = lines.filter((l) => l.regionId === r.regionId);
            expect(BigInt(r.agreedVolume)).toBe(
              own.reduce((acc, l) => acc + agreedLine(l.quantity, ratio), 0n),
            );
          }
          const expected = new Map<string, bigint>();
          for (const l of lines) {
            const key = `${l.institutionId}|${companyOfLine(l, e, ruleset)}`;
            expected.set(key, (expected.get(key) ?? 0n) + agreedLine(l.quantity, ratio));
          }
          const actual = new Map(
            e.allocations.map((a) => [`${a.institutionId}|${a.companyId}`, BigInt(a.agreedVolume)]),
          );
          expect(actual).toEqual(expected);
        }
        if (ruleset.volumeAllocation === 'rank-shares') {
          // docs/rules.md §11.4: rank 1 ceil(share × B), each next ceil(share × remainder), the last the rest
          const w = winnersOf(e);
          const share = ruleset.rankShares[Math.min(w.length - 2, ruleset.rankShares.length - 1)] ?? '1';
          let remainder = BigInt(e.agreedVolume);
          const parts = w.map((_, i) => {
            if (i === w.length - 1) return remainder;
            const { num, den } = fraction(share);
            const part = (num * remainder + den - 1n) / den;
            remainder -= part;
            return part;
          });
          expect(e.allocations.map((a) => [a.institutionId, a.companyId, BigInt(a.agreedVolume)])).toEqual(
            w.map((b, i) => [null, b.companyId, parts[i]]),
          );
          expect(sum(e.allocations.map((a) => a.agreedVolume))).toBe(BigInt(e.agreedVolume));
        }
      }
    });
  });

  it('6. every region has one primary and at most one other backup, all winners; regions sorted', () => {
    holds(name, (input, ruleset, result) => {
      const codes = [...(input.regions ?? [])].sort();
      for (const e of result.products) {
        const winners = winnersOf(e).map((b) => b.companyId);
        if (ruleset.volumeAllocation !== 'regions' || winners.length === 0) {
          expect([e.regionPicks, e.regions]).toEqual([[], []]);
          continue;
        }
        expect(e.regions.map((r) => r.regionId)).toEqual(codes);
        const withBackups = ruleset.backups && winners.length >= 2;
        for (const r of e.regions) {
          expect(winners).toContain(r.primary);
          if (withBackups) expect(winners.filter((c) => c !== r.primary)).toContain(r.backup);
          else expect(r.backup).toBeNull();
        }
        const primaries = e.regionPicks.filter((p) => p.kind === 'primary');
        expect(primaries.map((p) => p.regionId).sort()).toEqual(codes);
        expect(e.regionPicks.map((p) => p.turn)).toEqual(e.regionPicks.map((_, i) => i + 1));
        expect(e.regionPicks.slice(primaries.length).every((p) => p.kind === 'backup')).toBe(true);
        for (const p of e.regionPicks) {
          const region = e.regions.find((r) => r.regionId === p.regionId);
          expect(p.kind === 'primary' ? region?.primary : region?.backup).toBe(p.companyId);
        }
        // docs/rules.md §11.1: winner i gets floor((R−1)/W) + (i ≤ (R−1) mod W) + (i = 1) regions: rank 1 twice, then round
        // robin; each takes its first free preference, else the free region with the largest volume, then code
        expect(primaries.map((p) => p.companyId)).toEqual(
          codes.map((_, t) => winners[t === 0 ? 0 : (t - 1) % winners.length]),
        );
        const volume = new Map(e.regions.map((r) => [r.regionId, BigInt(r.agreedVolume)]));
        const prefs = new Map(
          winnersOf(e).map((b) => [
            b.companyId,
            input.bids.find((x) => x.id === b.bidId)?.regionPreferences ?? [],
          ]),
        );
        const taken = new Set<string>();
        for (const p of primaries) {
          const free = codes.filter((c) => !taken.has(c));
          const largest = free.reduce((best, c) =>
            (volume.get(c) ?? 0n) > (volume.get(best) ?? 0n) ? c : best,
          );
          expect(p.regionId, `turn ${p.turn}`).toBe(
            prefs.get(p.companyId)?.find((r) => !taken.has(r)) ?? largest,
          );
          taken.add(p.regionId);
        }
      }
    });
  });

  it('7. valid bids rank 1..N without gaps; shortlisted ⇔ rank ≤ maxShortlist', () => {
    holds(name, (_input, _ruleset, result) => {
      for (const e of result.products) {
        const valid = e.bids.filter((b) => b.outcome !== 'invalid');
        expect(e.bids.slice(0, valid.length)).toEqual(valid);
        expect(valid.map((b) => b.rank)).toEqual(valid.map((_, i) => i + 1));
        expect(e.validBids).toBe(valid.length);
        expect(e.maxShortlist).toBeLessThanOrEqual(valid.length);
        for (const b of valid) expect(b.shortlisted).toBe((b.rank ?? Infinity) <= e.maxShortlist);
        for (const b of e.bids.slice(valid.length))
          expect([b.rank, b.shortlisted, b.qualifiedBy]).toEqual([null, false, []]);
        for (let i = 1; i < valid.length; i++)
          expect(dec(valid[i - 1]?.ucp ?? null).lte(dec(valid[i]?.ucp ?? null))).toBe(true);
        expect(e.winners).toBe(winnersOf(e).length);
      }
    });
  });
});
