import { describe, expect, it } from 'vitest';
import { runEvaluate } from './run-evaluate.js';
import { at, memoryFiles, testRound } from '../test-support/cli-test-round.js';
import { memoryChunks } from '../test-support/stream-eval.js';

/**
 * `./jicai evaluate` reads the round in chunks: whatever the chunk size, the outcome is the one of
 * the whole text in one piece, and a document means what JSON.parse makes of it (duplicate keys:
 * the last wins; keys in any order).
 */

const SIZES = [1, 3, 7, 64, 4096];

function evaluateText(text: string, size?: number) {
  const files = { 'round.json': text };
  const chunks = size === undefined ? undefined : memoryChunks(files, size);
  return runEvaluate(['round.json'], memoryFiles(files), chunks);
}

function expectSameAtEverySize(text: string) {
  const whole = evaluateText(text);
  for (const size of SIZES) expect(evaluateText(text, size)).toEqual(whole);
  return whole;
}

const round = testRound();
const good = JSON.stringify(round);

function withDemand(change: (lines: Record<string, unknown>[]) => void): string {
  const copy = testRound();
  change(copy.demand as unknown as Record<string, unknown>[]);
  return JSON.stringify(copy);
}

describe('runEvaluate reads the round in chunks', () => {
  it('gives the same result at every chunk size, with a byte-order mark and a non-ASCII name split anywhere', () => {
    const whole = expectSameAtEverySize(good);
    expect(whole.exitCode).toBe(0);
    expect(expectSameAtEverySize(`\uFEFF${good}`)).toEqual(whole);
    expect(expectSameAtEverySize(JSON.stringify(round, null, 2))).toEqual(whole);
  });

  it('gives the same problems at every chunk size: bad lines, unknown references, a non-array demand', () => {
    const cases = [
      withDemand((lines) => {
        at(lines, 0)['quantity'] = -1;
        at(lines, 1)['regionId'] = 'XX';
        lines.push({ institutionId: 7 }, 'not a line' as unknown as Record<string, unknown>);
      }),
      JSON.stringify({ ...round, demand: 5 }),
      JSON.stringify({ ...round, demand: undefined }),
      JSON.stringify({ ...round, demand: [[]] }),
    ];
    for (const text of cases) {
      const whole = expectSameAtEverySize(text);
      expect(whole.exitCode).toBe(2);
      expect(whole.stderr).toMatch(/^demand/);
    }
  });

  it('reads a document as JSON.parse does: keys in any order, the last of duplicate keys', () => {
    const { demand, ...rest } = round;
    const demandFirst = JSON.stringify({ demand, ...rest });
    const expected = evaluateText(good);
    expect(expectSameAtEverySize(demandFirst)).toEqual(expected);
    // demand twice (an empty one first), products twice (a bad one first), a __proto__ key
    const body = good.slice(1, -1);
    const duplicated = `{"demand":[{"x":1}],"products":[],"__proto__":{"demand":1},${body}}`;
    expect(expectSameAtEverySize(duplicated)).toEqual(expected);
    const demandReplaced = `{${body},"demand":{"not":"an array"}}`;
    expect(expectSameAtEverySize(demandReplaced)).toEqual(
      evaluateText(JSON.stringify(JSON.parse(demandReplaced))),
    );
  });

  it('refuses what JSON.parse refuses, in its words, and what is not an object', () => {
    for (const text of ['{"ruleset": "nvbp-7",', '', '   ', `${good} {}`, '{"a":1}}', '[1,]']) {
      const whole = expectSameAtEverySize(text);
      expect(whole.exitCode).toBe(2);
      let reason = '';
      try {
        JSON.parse(text);
      } catch (error) {
        reason = (error as Error).message;
      }
      expect(whole.stderr).toBe(`$: malformed JSON: ${reason.replace(/\s*\n\s*/g, ' ').trim()}\n`);
    }
    for (const text of ['null', '[1]', '"text"', '42']) {
      expect(expectSameAtEverySize(text).stderr).toBe('$: expected a JSON object\n');
    }
  });
});
