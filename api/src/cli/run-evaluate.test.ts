import { describe, expect, it } from 'vitest';
import { runEvaluate } from './run-evaluate.js';
import { at, memoryFiles, testRound } from '../test-support/cli-test-round.js';

/** `./jicai evaluate` in process: exit codes, stdout and stderr as the contract fixes them. */

type Round = ReturnType<typeof testRound>;

function evaluateRound(round: unknown, args: string[] = [], extraFiles: Record<string, string> = {}) {
  const text = typeof round === 'string' ? round : JSON.stringify(round);
  return runEvaluate(['round.json', ...args], memoryFiles({ 'round.json': text, ...extraFiles }));
}

function broken(change: (round: Round) => void): Round {
  const round = testRound();
  change(round);
  return round;
}

/** Exit 2, nothing on stdout, and exactly these problem lines on stderr. */
function expectRefused(outcome: ReturnType<typeof runEvaluate>, lines: string[]): void {
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr.split('\n').slice(0, -1)).toEqual(lines);
  expect(outcome.exitCode).toBe(2);
}

describe('runEvaluate: a good round', () => {
  it('exits 0 with the result JSON, byte-identical on a second run (G32)', () => {
    const first = evaluateRound(testRound());
    const second = evaluateRound(testRound());
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toBe(`${JSON.stringify(JSON.parse(first.stdout), null, 2)}\n`);
    expect(first.stdout).toContain('"productId": "P1"');
    // no floating-point numbers anywhere: prices are strings
    expect(first.stdout).not.toMatch(/:\s*-?\d+\.\d/);
  });

  it('prints the result under the input ruleset', () => {
    const result = JSON.parse(evaluateRound(testRound()).stdout) as {
      ruleset: { name: string };
      products: unknown[];
    };
    expect(result.ruleset).toEqual({ name: 'nvbp-7', version: '1' });
    expect(result.products).toHaveLength(2);
  });

  it('--explain adds a table on stderr and leaves stdout unchanged', () => {
    const plain = evaluateRound(testRound());
    const explained = evaluateRound(testRound(), ['--explain']);
    expect(explained.exitCode).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);
    expect(explained.stderr).toContain('约定采购量');
    expect(explained.stderr).toContain('P1 阿托伐他汀钙片');
  });

  it('--ruleset NAME replaces the input ruleset, even a broken one', () => {
    const outcome = evaluateRound(
      broken((r) => (r.ruleset = 'no-such-ruleset')),
      ['--ruleset', 'nvbp-10'],
    );
    expect(outcome.exitCode).toBe(0);
    expect(JSON.parse(outcome.stdout)).toMatchObject({ ruleset: { name: 'nvbp-10' } });
  });

  it('--ruleset FILE takes a name or an override object', () => {
    const files = {
      'pilot.json': '"nvbp-pilot"',
      'what-if.json': JSON.stringify({ extends: 'nvbp-7', name: 'what-if', spreadMultiple: '1.5' }),
    };
    expect(JSON.parse(evaluateRound(testRound(), ['--ruleset=pilot.json'], files).stdout)).toMatchObject({
      ruleset: { name: 'nvbp-pilot' },
    });
    expect(JSON.parse(evaluateRound(testRound(), ['--ruleset', 'what-if.json'], files).stdout)).toMatchObject(
      { ruleset: { name: 'what-if' } },
    );
  });

  it('--help prints the usage and exits 0', () => {
    const outcome = runEvaluate(['--help'], memoryFiles({}));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(/^usage: jicai evaluate FILE/);
  });
});

describe('runEvaluate: bad input exits 2 with the JSON path of each problem', () => {
  it('malformed JSON', () => {
    const outcome = evaluateRound('{"ruleset": "nvbp-7",');
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^\$: malformed JSON: .+\n$/);
  });

  it('a file that cannot be read', () => {
    expectRefused(runEvaluate(['missing.json'], memoryFiles({})), [
      '$: cannot read missing.json: no such file',
    ]);
  });

  it('a document that is not an object', () => {
    expectRefused(evaluateRound('[1, 2, 3]'), ['$: expected a JSON object']);
  });

  it('wrong types', () => {
    expectRefused(
      evaluateRound(
        broken((r) => {
          at(r.bids, 1)['originator'] = 'no';
          at(r.bids, 3)['packPrice'] = 2.1;
        }),
      ),
      ['bids[1].originator: expected true or false', 'bids[3].packPrice: not a decimal string'],
    );
  });

  it('unknown ids', () => {
    expectRefused(
      evaluateRound(
        broken((r) => {
          at(r.bids, 2)['productId'] = 'P9';
          at(r.demand, 0)['regionId'] = 'SH';
          at(r.products, 0).representativeSpecId = 'S7';
        }),
      ),
      [
        'products[0].representativeSpecId: unknown spec "S7": not among the product\'s specs',
        'bids[2].productId: unknown product "P9"',
        'demand[0].regionId: unknown region "SH"',
      ],
    );
  });

  it('duplicate ids', () => {
    expectRefused(evaluateRound(broken((r) => (at(r.bids, 2)['id'] = 'B1'))), [
      'bids[2].id: duplicate id "B1" (also bids[0])',
    ]);
  });

  it('a negative quantity', () => {
    expectRefused(evaluateRound(broken((r) => (at(r.demand, 1)['quantity'] = -5))), [
      'demand[1].quantity: must be a non-negative integer',
    ]);
  });

  it('a fractional quantity', () => {
    expectRefused(evaluateRound(broken((r) => (at(r.demand, 2)['quantity'] = 10.5))), [
      'demand[2].quantity: must be a non-negative integer',
    ]);
  });

  it('a packPrice with 3 decimals', () => {
    expectRefused(evaluateRound(broken((r) => (at(r.bids, 3)['packPrice'] = '2.105'))), [
      'bids[3].packPrice: more than 2 decimals',
    ]);
  });

  it('a ceiling with 5 decimals', () => {
    expectRefused(evaluateRound(broken((r) => (at(at(r.products, 0).specs, 1)['ceiling'] = '3.40001'))), [
      'products[0].specs[1].ceiling: more than 4 decimals',
    ]);
  });

  it('a spec in another strength unit', () => {
    expectRefused(evaluateRound(broken((r) => (at(at(r.products, 0).specs, 1)['strengthUnit'] = 'g'))), [
      'products[0].specs[1].strengthUnit: "g" differs from the product\'s strength unit "mg"',
    ]);
  });

  it('an unknown override key', () => {
    const outcome = evaluateRound(broken((r) => (r.ruleset = { extends: 'nvbp-7', multiple: '1.5' })));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^ruleset\.multiple: unknown override key \(allowed: .*\)\n$/);
  });

  it('an unknown ruleset name', () => {
    const outcome = evaluateRound(broken((r) => (r.ruleset = 'nvbp-99')));
    expectRefused(outcome, [
      'ruleset: unknown ruleset "nvbp-99" (known: nvbp-pilot, nvbp-7, nvbp-10, nvbp-11, gd-alliance, consumables-alliance)',
    ]);
  });

  it('an unknown ruleset name given with --ruleset', () => {
    const outcome = evaluateRound(testRound(), ['--ruleset', 'nvbp-99']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/^ruleset: unknown ruleset "nvbp-99"/);
  });

  it('a --ruleset file that is missing or malformed', () => {
    expectRefused(evaluateRound(testRound(), ['--ruleset', 'rules/what-if.json']), [
      'ruleset: cannot read rules/what-if.json: no such file',
    ]);
    const outcome = evaluateRound(testRound(), ['--ruleset', 'bad.json'], { 'bad.json': '{"extends":' });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(/^ruleset: malformed JSON in bad.json: /);
  });

  it('regions missing for nvbp-7, which picks supply regions', () => {
    expectRefused(evaluateRound(broken((r) => delete r.regions)), [
      'regions: required: ruleset "nvbp-7" picks supply regions',
    ]);
  });

  it('regions may be missing for a ruleset that picks none', () => {
    const outcome = evaluateRound(
      broken((r) => {
        delete r.regions;
        r.ruleset = 'gd-alliance';
      }),
    );
    expect(outcome.exitCode).toBe(0);
  });

  it('every problem at once, ruleset first, then in document order', () => {
    const outcome = evaluateRound(
      broken((r) => {
        r.ruleset = { extends: 'nvbp-7', spreadMultiple: 'high' };
        at(r.demand, 0)['quantity'] = -1;
        at(r.bids, 0)['packPrice'] = '1.001';
        r.deadline = 'soon';
      }),
    );
    expectRefused(outcome, [
      'ruleset.spreadMultiple: not a decimal string',
      'bids[0].packPrice: more than 2 decimals',
      'demand[0].quantity: must be a non-negative integer',
      'deadline: not an RFC 3339 date-time with an offset',
    ]);
  });
});

describe('runEvaluate: usage errors exit 2 with the usage', () => {
  it.each([[[]], [['a.json', 'b.json']], [['round.json', '--verbose']], [['round.json', '--ruleset']]])(
    '%j',
    (args) => {
      const outcome = runEvaluate(args, memoryFiles({ 'round.json': JSON.stringify(testRound()) }));
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toContain('usage: jicai evaluate FILE');
    },
  );
});
