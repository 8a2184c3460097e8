import {
  BUILT_IN_RULESET_NAMES,
  checkRoundAgainstRuleset,
  decodeRoundInput,
  decodeRulesetChoice,
  type InputProblem,
  type RoundInput,
  type Ruleset,
} from '@jicai/domain';
import { oneLine, type ReadFile } from './cli-outcome.js';
import type { StreamedDocument } from './stream-round.js';

/**
 * The imperative edge shared by the commands: read and parse the files, then hand the JSON to the
 * domain's decoders. Every problem comes back as data, so a command can report them all at once.
 */

export type Loaded<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: InputProblem[] };

/** Where a ruleset comes from: the input's own `ruleset` field, or a command-line argument. */
export interface RulesetSource {
  /** a built-in name or a JSON file path; undefined: the input's `ruleset` */
  readonly arg: string | undefined;
  /** names the source in problem paths */
  readonly path: string;
}

export interface LoadedRun {
  readonly input: RoundInput;
  readonly rulesets: readonly Ruleset[];
  /** per ruleset, what a person calls it: its name, or for an unnamed override file "<base> with the overrides in <file>" */
  readonly labels: readonly string[];
}

interface LoadedRuleset {
  readonly ruleset: Ruleset;
  readonly label: string;
}

/**
 * `readRound`: reads the round's document (`./jicai evaluate` streams it, demand lines apart);
 * absent, the file is read and parsed as one string.
 */
export function loadRun(
  file: string,
  sources: readonly RulesetSource[],
  readFile: ReadFile,
  readRound?: (file: string) => Loaded<StreamedDocument>,
): Loaded<LoadedRun> {
  const read = readRound ? readRound(file) : wholeDocument(readJson(file, readFile, '$', ''));
  if (!read.ok) return read;
  const document = { value: read.value.document };
  const round = decodeRoundInput(document.value, read.value.demand);
  // a document that is not an object has no ruleset field to speak of: `$` says it all
  const isObject =
    typeof document.value === 'object' && document.value !== null && !Array.isArray(document.value);
  const rulesets = sources.map((source) =>
    source.arg === undefined && !isObject
      ? undefined
      : loadRuleset(source, rawRuleset(document.value), readFile),
  );

  const problems: InputProblem[] = [];
  for (const ruleset of rulesets) if (ruleset && !ruleset.ok) problems.push(...ruleset.problems);
  if (!round.ok) problems.push(...round.problems);
  if (problems.length > 0 || !round.ok) return { ok: false, problems };

  const loadedRulesets = rulesets.flatMap((r) => (r?.ok ? [r.value] : []));
  const decoded = loadedRulesets.map((r) => r.ruleset);
  const regionProblems = decoded.flatMap((ruleset) => checkRoundAgainstRuleset(round.value.input, ruleset));
  if (regionProblems.length > 0) return { ok: false, problems: dedupe(regionProblems) };
  return {
    ok: true,
    value: { input: round.value.input, rulesets: decoded, labels: loadedRulesets.map((r) => r.label) },
  };
}

function wholeDocument(read: Loaded<unknown>): Loaded<StreamedDocument> {
  return read.ok ? { ok: true, value: { document: read.value, demand: undefined } } : read;
}

function rawRuleset(document: unknown): unknown {
  return typeof document === 'object' && document !== null
    ? (document as Record<string, unknown>)['ruleset']
    : undefined;
}

function loadRuleset(source: RulesetSource, fromInput: unknown, readFile: ReadFile): Loaded<LoadedRuleset> {
  const raw =
    source.arg === undefined
      ? { ok: true as const, value: fromInput }
      : readRulesetArg(source.arg, source.path, readFile);
  if (!raw.ok) return raw;
  const choice = decodeRulesetChoice(raw.value, source.path);
  if (!choice.ok) return choice;
  // an override without `name` is published under its base's name (G02); a person comparing the
  // two still needs to tell them apart, so the label names the file the overrides came from
  const unnamed =
    typeof raw.value === 'object' && raw.value !== null && !('name' in raw.value) && source.arg !== undefined;
  const label = unnamed ? `${choice.ruleset.name} with the overrides in ${source.arg}` : choice.ruleset.name;
  return { ok: true, value: { ruleset: choice.ruleset, label } };
}

/** A built-in name, or a JSON file holding a name or an override object. */
function readRulesetArg(arg: string, path: string, readFile: ReadFile): Loaded<unknown> {
  if (BUILT_IN_RULESET_NAMES.includes(arg)) return { ok: true, value: arg };
  const file = readJson(arg, readFile, path, ` in ${arg}`);
  // a bare word that is no file was meant as a name: let the decoder list the known ones
  if (!file.ok && looksLikeName(arg) && isMissingFile(file.problems)) return { ok: true, value: arg };
  return file;
}

function looksLikeName(arg: string): boolean {
  return !/[/\\.]/.test(arg);
}

const MISSING = 'no such file';

function isMissingFile(problems: readonly InputProblem[]): boolean {
  return problems.some((p) => p.message.includes(MISSING));
}

export function readJson(file: string, readFile: ReadFile, path: string, where: string): Loaded<unknown> {
  let text: string;
  try {
    text = readFile(file);
  } catch (error) {
    return { ok: false, problems: [{ path, message: `cannot read ${file}: ${readFailure(error)}` }] };
  }
  return parseJson(text, path, where);
}

export function parseJson(text: string, path: string, where: string): Loaded<unknown> {
  try {
    // a byte-order mark is not JSON, but editors on Windows like to add one
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path, message: `malformed JSON${where}: ${oneLine(reason)}` }] };
  }
}

export function readFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return MISSING;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return oneLine(error instanceof Error ? error.message : String(error));
}

function dedupe(problems: readonly InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
