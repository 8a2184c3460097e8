import { describe, expect, it } from 'vitest';
import type { EvaluationDiff } from './diff-evaluations.js';
import { runCompare } from './run-compare.js';
import { at, memoryFiles, testRound } from '../test-support/cli-test-round.js';

/** Issue 8 §10: what a bid qualified by is part of the difference; unnamed overrides get a label of their own. */

function compare(args: string[], files: Record<string, string> = {}) {
  const round = testRound();
  return runCompare(['round.json', ...args], memoryFiles({ 'round.json': JSON.stringify(round), ...files }));
}

// P1: B2 (20 mg) and B1 win under both; under nvbp-7 B1 also meets (c), under nvbp-10 (c) is dropped
describe('runCompare: qualifying conditions', () => {
  it('a winner that keeps winning on fewer conditions is a difference, not "no difference"', () => {
    const outcome = compare(['nvbp-7', 'nvbp-10']);
    expect(outcome.exitCode).toBe(0);
    const lines = outcome.stdout.split('\n');
    expect(lines).not.toContain('P1 阿托伐他汀钙片: no difference');
    expect(lines).toContain('  B1 (C1): qualified by SPREAD_1_8, REDUCTION_50 → SPREAD_1_8');
  });

  it('--json says "same": false and names the bid and both lists', () => {
    const diff = JSON.parse(compare(['nvbp-7', 'nvbp-10', '--json']).stdout) as EvaluationDiff;
    const p1 = at(diff.products, 0);
    expect(p1.same).toBe(false);
    expect(p1.bids).toContainEqual({
      bidId: 'B1',
      companyId: 'C1',
      outcome: null,
      qualifiedBy: { a: ['SPREAD_1_8', 'REDUCTION_50'], b: ['SPREAD_1_8'] },
      offerUcp: null,
    });
  });

  it('a bid that loses names its outcome change and the conditions it no longer meets', () => {
    const files = {
      'tight.json': JSON.stringify({ extends: 'nvbp-7', spreadMultiple: '1.01', minReduction: null }),
    };
    const lines = compare(['nvbp-7', 'tight.json'], files).stdout.split('\n');
    expect(lines).toContain(
      '  B1 (C1): outcome winner → price-condition-failed, qualified by SPREAD_1_8, REDUCTION_50 → none',
    );
  });

  it('a pending revival offer shows its UCP (not in the canonical result, G13)', () => {
    // nvbp-10 at a multiple of 1.01: B1 (0.7500) fails rule 1 and is offered the threshold 0.7130
    const files = { 'revive.json': JSON.stringify({ extends: 'nvbp-10', spreadMultiple: '1.01' }) };
    const lines = compare(['nvbp-10', 'revive.json'], files).stdout.split('\n');
    expect(lines).toContain(
      '  B1 (C1): outcome winner → revival-offer, qualified by SPREAD_1_8 → none, revival offer UCP — → 0.7130',
    );
  });

  it('the same ruleset twice is still "no difference"', () => {
    expect(compare(['nvbp-10', 'nvbp-10']).stdout).toContain('P1 阿托伐他汀钙片: no difference');
  });
});

describe('runCompare: labels', () => {
  const files = {
    'what-if.json': JSON.stringify({ extends: 'nvbp-7', spreadMultiple: '1.5' }),
    'named.json': JSON.stringify({ extends: 'nvbp-7', name: 'nvbp-7-x1.5', spreadMultiple: '1.5' }),
  };

  it('labels an override without a name by its base and its file, so A and B differ', () => {
    const lines = compare(['nvbp-7', 'what-if.json'], files).stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'A: ruleset nvbp-7 (version 1)',
      'B: ruleset nvbp-7 with the overrides in what-if.json (version 1)',
    ]);
  });

  it('keeps the published name beside the label in --json', () => {
    const diff = JSON.parse(
      compare(['what-if.json', 'named.json', '--json'], files).stdout,
    ) as EvaluationDiff;
    expect(diff.a).toEqual({
      name: 'nvbp-7',
      version: '1',
      label: 'nvbp-7 with the overrides in what-if.json',
    });
    expect(diff.b).toEqual({ name: 'nvbp-7-x1.5', version: '1', label: 'nvbp-7-x1.5' });
  });
});
