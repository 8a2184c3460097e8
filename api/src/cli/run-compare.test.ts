import { describe, expect, it } from 'vitest';
import type { EvaluationDiff } from './diff-evaluations.js';
import { runCompare } from './run-compare.js';
import { at, memoryFiles, testRound } from '../test-support/cli-test-round.js';

/** `./jicai compare FILE RULESET_A RULESET_B`: the office's what-if, in process. */

type Round = ReturnType<typeof testRound>;

function compare(round: Round, args: string[], files: Record<string, string> = {}) {
  return runCompare(['round.json', ...args], memoryFiles({ 'round.json': JSON.stringify(round), ...files }));
}

const ONE_WINNER = {
  'one.json': JSON.stringify({ extends: 'nvbp-7', name: 'one-winner', shortlistTable: [1] }),
};

describe('runCompare', () => {
  it('says "no difference" for every product under the same ruleset twice', () => {
    const outcome = compare(testRound(), ['nvbp-7', 'nvbp-7']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toBe(
      [
        'A: ruleset nvbp-7 (version 1)',
        'B: ruleset nvbp-7 (version 1)',
        'P1 阿托伐他汀钙片: no difference',
        'P2 注射用头孢呋辛钠: no difference',
        '',
      ].join('\n'),
    );
  });

  it('lists what changes per product: winners, prices, W, ratio, volume, regions', () => {
    const outcome = compare(testRound(), ['nvbp-7', 'one.json'], ONE_WINNER);
    expect(outcome.exitCode).toBe(0);
    const lines = outcome.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'A: ruleset nvbp-7 (version 1)',
      'B: ruleset one-winner (version 1)',
      'P1 阿托伐他汀钙片:',
    ]);
    expect(lines).toContain('  winners: −C1');
    expect(lines).toContain('  C1: winning UCP 0.7500 → —, pack price 10.50 → —');
    expect(lines).toContain('  W: 2 → 1');
    expect(lines).toContain('  ratio: 0.60 → 0.50');
    expect(lines.some((l) => /^ {2}region [A-Z]{2}: /.test(l))).toBe(true);
    expect(lines).toContain('P2 注射用头孢呋辛钠: no difference');
  });

  it('--json gives the same diff as data', () => {
    const outcome = compare(testRound(), ['nvbp-7', 'one.json', '--json'], ONE_WINNER);
    expect(outcome.exitCode).toBe(0);
    const diff = JSON.parse(outcome.stdout) as EvaluationDiff;
    expect(diff.a.name).toBe('nvbp-7');
    expect(diff.b.name).toBe('one-winner');
    const p1 = at(diff.products, 0);
    expect(p1).toMatchObject({
      productId: 'P1',
      group: null,
      presence: 'both',
      same: false,
      winnersRemoved: ['C1'],
      winners: { a: 2, b: 1 },
    });
    expect(at(diff.products, 1)).toMatchObject({ productId: 'P2', same: true });
  });

  it('shows entries that exist under one ruleset only (grouping by bid.group)', () => {
    const round = testRound();
    at(round.bids, 2)['group'] = 'g1';
    const files = { 'grouped.json': JSON.stringify({ extends: 'nvbp-7', groupBy: 'bid.group' }) };
    const diff = JSON.parse(
      compare(round, ['nvbp-7', 'grouped.json', '--json'], files).stdout,
    ) as EvaluationDiff;
    expect(diff.products.map((p) => [p.productId, p.group, p.presence])).toEqual([
      ['P1', null, 'both'],
      ['P1', 'g1', 'only-b'],
      ['P2', null, 'both'],
    ]);
  });

  it('is byte-identical across runs', () => {
    expect(compare(testRound(), ['nvbp-7', 'nvbp-11']).stdout).toBe(
      compare(testRound(), ['nvbp-7', 'nvbp-11']).stdout,
    );
  });

  it('exits 2 naming the bad ruleset argument', () => {
    const outcome = compare(testRound(), ['nvbp-7', 'nvbp-99']);
    expect(outcome).toMatchObject({ exitCode: 2, stdout: '' });
    expect(outcome.stderr).toMatch(/^rulesetB: unknown ruleset "nvbp-99" \(known: /);
  });

  it('exits 2 once when regions are missing for either ruleset', () => {
    const round = testRound();
    delete round.regions;
    const outcome = compare(round, ['gd-alliance', 'nvbp-7']);
    expect(outcome).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'regions: required: ruleset "nvbp-7" picks supply regions\n',
    });
  });

  it('exits 2 on a bad round', () => {
    const round = testRound();
    at(round.demand, 0)['quantity'] = -1;
    expect(compare(round, ['nvbp-7', 'nvbp-10'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'demand[0].quantity: must be a non-negative integer\n',
    });
  });

  it('exits 2 with the usage when arguments are missing', () => {
    const outcome = compare(testRound(), ['nvbp-7']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('usage: jicai compare FILE RULESET_A RULESET_B [--json]');
  });
});
