import { describe, expect, it } from 'vitest';
import { runEvaluate } from './run-evaluate.js';
import { memoryFiles, testRound } from '../test-support/cli-test-round.js';

/** `--explain --names`: the office reads companies and regions by name (issue 8 §9), the JSON keeps ids. */

const NAMES = {
  roundId: 'r1',
  seq: 1,
  organisations: { C1: '华北制药', C2: '齐鲁制药', C3: '石药集团', H1: '北京协和医院' },
  regions: { BJ: '北京市', TJ: '天津市', HE: '河北省' },
  products: { P1: '阿托伐他汀钙片' },
};

function run(args: string[], names: unknown = NAMES) {
  const files = { 'round.json': JSON.stringify(testRound()), 'names.json': JSON.stringify(names) };
  return runEvaluate(['round.json', ...args], memoryFiles(files));
}

describe('evaluate --explain --names', () => {
  it('shows companies and regions by name in the explanation; stdout is the same result JSON', () => {
    const plain = run(['--explain']);
    const named = run(['--explain', '--names', 'names.json']);
    expect(named.exitCode).toBe(0);
    expect(named.stdout).toBe(plain.stdout);
    for (const name of ['华北制药', '齐鲁制药', '石药集团', 'BJ 北京市', 'TJ 天津市'])
      expect(named.stderr).toContain(name);
    // the conventions' notes too: "C2 took TJ by default" reads "齐鲁制药 took TJ by default"
    expect(plain.stderr).toContain('C2 took TJ by default');
    expect(named.stderr).toContain('齐鲁制药 took TJ by default');
    expect(plain.stderr).not.toContain('华北制药');
    // every company row names the company: no bare id is left in the bids tables
    expect(named.stderr).not.toMatch(/│ C[123] +│/);
  });

  it('refuses --names without --explain, and a names file of the wrong shape (exit 2)', () => {
    const alone = run(['--names', 'names.json']);
    expect(alone.exitCode).toBe(2);
    expect(alone.stderr).toContain('--names goes with --explain');
    const wrong = run(['--explain', '--names', 'names.json'], { organisations: { C1: 7 } });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/^names\.organisations\.C1: /);
    const missing = runEvaluate(
      ['round.json', '--explain', '--names', 'nope.json'],
      memoryFiles({ 'round.json': JSON.stringify(testRound()) }),
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^names: cannot read nope\.json/);
  });
});
