import { evaluate, serializeResultChunks } from '@jicai/domain';
import {
  failInternally,
  refuseInput,
  refuseUsage,
  succeed,
  type CliOutcome,
  EXIT_OK,
  type ReadFile,
} from './cli-outcome.js';
import { decodeExplainNames, NO_NAMES } from './explain-names.js';
import { renderExplanation } from './explain-table.js';
import { loadRun, readJson } from './load-round.js';
import { parseArgs } from './parse-args.js';
import { readRoundDocument, wholeFiles, type ReadChunks } from './stream-round.js';

export const EVALUATE_USAGE = [
  'usage: jicai evaluate FILE [--explain [--names FILE]] [--ruleset NAME|FILE]',
  '  FILE               the round as published (JSON, evaluation contract)',
  '  --explain          also print a human-readable table on stderr',
  "  --names FILE       … naming companies, hospitals and regions (the round's evaluation/names.json)",
  "  --ruleset NAME     evaluate under this built-in ruleset instead of the input's",
  '  --ruleset FILE     … or under a JSON file holding a name or {"extends": NAME, …overrides}',
].join('\n');

/** `./jicai evaluate` before it is written: the result as chunks of text, for a process to stream. */
export interface StreamedOutcome {
  readonly exitCode: number;
  readonly stdout: Iterable<string>;
  readonly stderr: string;
}

/**
 * `./jicai evaluate`: the result JSON on stdout (G32, byte-identical across runs), exit 0; or one
 * line per input problem on stderr and nothing on stdout, exit 2 (contract). Pure apart from
 * readFile and readChunks. The result as one string: for tests and results that fit in one.
 */
export function runEvaluate(
  args: readonly string[],
  readFile: ReadFile,
  readChunks: ReadChunks = wholeFiles(readFile),
): CliOutcome {
  const outcome = runEvaluateStreamed(args, readFile, readChunks);
  try {
    return { ...outcome, stdout: [...outcome.stdout].join('') };
  } catch (error) {
    return failInternally('evaluate', error);
  }
}

/**
 * `./jicai evaluate` for rounds of any size: the round read in chunks (demand lines decoded as they
 * come, never the whole text as one string) and the result handed out in chunks (serializeResultChunks).
 */
export function runEvaluateStreamed(
  args: readonly string[],
  readFile: ReadFile,
  readChunks: ReadChunks,
): StreamedOutcome {
  try {
    const parsed = parseArgs(args, {
      flags: ['--explain', '--help', '-h'],
      options: ['--ruleset', '--names'],
    });
    if (!parsed.ok) return refuseUsage(EVALUATE_USAGE, parsed.message);
    const { positionals, flags, options } = parsed.args;
    if (flags.has('--help') || flags.has('-h')) return succeed(`${EVALUATE_USAGE}\n`);
    const [file, ...extra] = positionals;
    if (file === undefined) return refuseUsage(EVALUATE_USAGE, 'missing FILE');
    if (extra.length > 0) return refuseUsage(EVALUATE_USAGE, `unexpected argument ${extra[0] ?? ''}`);
    const namesFile = options.get('--names');
    if (namesFile !== undefined && !flags.has('--explain'))
      return refuseUsage(EVALUATE_USAGE, '--names goes with --explain (the result JSON keeps the ids)');

    const loaded = loadRun(file, [{ arg: options.get('--ruleset'), path: 'ruleset' }], readFile, (path) =>
      readRoundDocument(path, readChunks, readFile),
    );
    if (!loaded.ok) return refuseInput(loaded.problems);
    const { input, rulesets } = loaded.value;
    const [ruleset] = rulesets;
    if (ruleset === undefined) throw new Error('no ruleset decoded');

    let names = NO_NAMES;
    if (namesFile !== undefined) {
      const file = readJson(namesFile, readFile, 'names', ` in ${namesFile}`);
      const decoded = file.ok ? decodeExplainNames(file.value, 'names') : file;
      if (!decoded.ok) return refuseInput(decoded.problems);
      names = decoded.names;
    }

    const evaluation = evaluate(input, ruleset);
    const stderr = flags.has('--explain') ? renderExplanation(input, evaluation, names) : '';
    return { exitCode: EXIT_OK, stdout: serializeResultChunks(evaluation.result), stderr };
  } catch (error) {
    return failInternally('evaluate', error);
  }
}
