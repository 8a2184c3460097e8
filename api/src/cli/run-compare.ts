import { evaluate } from '@jicai/domain';
import {
  failInternally,
  refuseInput,
  refuseUsage,
  succeed,
  type CliOutcome,
  type ReadFile,
} from './cli-outcome.js';
import { diffEvaluations } from './diff-evaluations.js';
import { formatDiffJson, formatDiffText } from './format-diff.js';
import { loadRun } from './load-round.js';
import { parseArgs } from './parse-args.js';

export const COMPARE_USAGE = [
  'usage: jicai compare FILE RULESET_A RULESET_B [--json]',
  '  FILE        the round as published (JSON); its own ruleset is not used',
  '  RULESET_A   a built-in name, or a JSON file holding a name or {"extends": NAME, …overrides}',
  '  RULESET_B   the same, the what-if',
  '  --json      a machine-readable diff instead of text',
].join('\n');

/**
 * `./jicai compare`: one round under two rulesets, and how the outcome differs per product entry
 * (status, winners, prices, W, ratio, cycle, agreed volume, region suppliers). Exit codes as evaluate.
 */
export function runCompare(args: readonly string[], readFile: ReadFile): CliOutcome {
  try {
    const parsed = parseArgs(args, { flags: ['--json', '--help', '-h'], options: [] });
    if (!parsed.ok) return refuseUsage(COMPARE_USAGE, parsed.message);
    const { positionals, flags } = parsed.args;
    if (flags.has('--help') || flags.has('-h')) return succeed(`${COMPARE_USAGE}\n`);
    const [file, rulesetA, rulesetB, ...extra] = positionals;
    if (file === undefined || rulesetA === undefined || rulesetB === undefined) {
      return refuseUsage(COMPARE_USAGE, 'expected FILE RULESET_A RULESET_B');
    }
    if (extra.length > 0) return refuseUsage(COMPARE_USAGE, `unexpected argument ${extra[0] ?? ''}`);

    const sources = [
      { arg: rulesetA, path: 'rulesetA' },
      { arg: rulesetB, path: 'rulesetB' },
    ];
    const loaded = loadRun(file, sources, readFile);
    if (!loaded.ok) return refuseInput(loaded.problems);
    const { input, rulesets, labels } = loaded.value;
    const [a, b] = rulesets;
    const [labelA, labelB] = labels;
    if (a === undefined || b === undefined || labelA === undefined || labelB === undefined)
      throw new Error('rulesets not decoded');

    const [evaluationA, evaluationB] = [evaluate(input, a), evaluate(input, b)];
    const diff = diffEvaluations(
      evaluationA.result,
      evaluationB.result,
      { a: labelA, b: labelB },
      { a: evaluationA.revivalOffers, b: evaluationB.revivalOffers },
    );
    const names = new Map(input.products.map((p) => [p.id, p.name]));
    return succeed(flags.has('--json') ? formatDiffJson(diff) : formatDiffText(diff, names));
  } catch (error) {
    return failInternally('compare', error);
  }
}
