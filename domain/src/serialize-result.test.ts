import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRound } from '../bench/generate-round.js';
import { evaluate } from './evaluate.js';
import type { EvaluationResult } from './evaluation-result.js';
import { decodeRoundInput } from './input/decode-round-input.js';
import { decodeRulesetChoice } from './input/decode-ruleset.js';
import { serializeResult, serializeResultChunks } from './serialize-result.js';
import { arbitraryRound, arbitraryRulesetChoice, rulesetOf } from './test-support/arbitrary-round.js';
import { referenceSerialize } from './test-support/reference-serialize.js';
import { sampleRoundJson } from './test-support/sample-round.js';

/** G32 in chunks: the joined chunks are the bytes of JSON.stringify(result, null, 2) + "\n". */

const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 50);

function evaluateJson(json: unknown): EvaluationResult {
  const round = decodeRoundInput(json);
  if (!round.ok) throw new Error(JSON.stringify(round.problems.slice(0, 3)));
  const choice = decodeRulesetChoice(round.value.ruleset);
  if (!choice.ok) throw new Error(JSON.stringify(choice.problems));
  return evaluate(round.value.input, choice.ruleset).result;
}

function expectSameBytes(value: unknown, chunkChars?: number): void {
  const chunks = [...serializeResultChunks(value as EvaluationResult, chunkChars)];
  expect(chunks.join('')).toBe(referenceSerialize(value));
  expect(chunks.every((c) => c.length > 0)).toBe(true);
}

describe('serializeResultChunks', () => {
  it('joins to the one-string form on the sample round, at any chunk size', () => {
    const result = evaluateJson(sampleRoundJson());
    for (const size of [1, 7, 64, 4096, undefined]) expectSameBytes(result, size);
    expect(serializeResult(result)).toBe(referenceSerialize(result));
  });

  it('joins to the one-string form on arbitrary rounds, huge quantities (BigInt, G41) included', () => {
    fc.assert(
      fc.property(
        fc.oneof(arbitraryRound(), arbitraryRound({ hugeQuantities: true })),
        arbitraryRulesetChoice(),
        fc.integer({ min: 1, max: 5000 }),
        (input, choice, size) => expectSameBytes(evaluate(input, rulesetOf(choice)).result, size),
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('joins to the one-string form on generated national-shape rounds, with and without brand demand', () => {
    let allocations = 0;
    for (const [ruleset, brandShare] of [
      ['nvbp-7', 0],
      ['nvbp-11', 0.2],
      ['gd-alliance', 0],
    ] as const) {
      const { text } = generateRound({ institutions: 120, products: 6, bids: 60, ruleset, brandShare });
      const result = evaluateJson(JSON.parse(text));
      for (const p of result.products) allocations += p.allocations.length;
      expectSameBytes(result, 10_000);
    }
    expect(allocations).toBeGreaterThan(0);
  });

  it('writes what JSON.stringify writes for the shapes it walks: empties, omitted fields, BigInt, deep values', () => {
    const odd = {
      ruleset: { name: 'x', version: '1' },
      products: [
        {
          a: [],
          b: {},
          c: undefined,
          d: [undefined, () => 1, null],
          e: 2n ** 70n,
          f: [[1, [2, { g: -3n }]]],
        },
        [],
        'text with "quotes", \n newlines and 中文',
        { nested: { deeper: { deepest: [1, { big: 9007199254740993n }] } } },
      ],
      when: new Date(0),
    };
    for (const size of [1, 3, 100]) expectSameBytes(odd, size);
    // long member lists go out 512 members per JSON.stringify call: every slice boundary, BigInt in one slice
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        i === 700 ? { big: 2n ** 64n } : i % 97 === 0 ? undefined : { i },
      );
    for (const n of [511, 512, 513, 1025, 1500])
      expectSameBytes({ products: [{ allocations: many(n) }], deep: [[many(n)]] }, 4096);
    expectSameBytes({ products: [] });
    expectSameBytes({});
  });
});
