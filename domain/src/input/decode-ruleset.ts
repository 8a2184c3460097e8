import { applyOverrides, OVERRIDE_KEYS } from '../rulesets/apply-overrides.js';
import { BUILT_IN_RULESET_NAMES, findBuiltInRuleset } from '../rulesets/built-in-rulesets.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { quote, type InputProblem } from './input-problem.js';
import { overrideSchema } from './override-schema.js';
import { isJsonObject } from './raw-json.js';
import { parseAt } from './zod-problems.js';

export type DecodeRulesetResult =
  | { readonly ok: true; readonly ruleset: Ruleset }
  | { readonly ok: false; readonly problems: InputProblem[] };

const ALLOWED_KEYS: ReadonlySet<string> = new Set<string>(['extends', ...OVERRIDE_KEYS]);
const KNOWN = `known: ${BUILT_IN_RULESET_NAMES.join(', ')}`;

/**
 * The round's `ruleset`: a built-in name, or `{"extends": "<built-in>", ...overrides}` for the
 * office's what-if (G01: any key outside the override list is an input error, exit 2).
 * `pathPrefix` names where the choice came from in problem paths.
 */
export function decodeRulesetChoice(raw: unknown, pathPrefix = 'ruleset'): DecodeRulesetResult {
  if (typeof raw === 'string') return decodeName(raw, pathPrefix);
  if (!isJsonObject(raw)) {
    const message =
      raw === undefined
        ? `required: a built-in ruleset name (${KNOWN}) or {"extends": …, …overrides}`
        : 'expected a built-in ruleset name or an object {"extends": …, …overrides}';
    return { ok: false, problems: [{ path: pathPrefix, message }] };
  }

  const problems: InputProblem[] = [];
  const base = decodeExtends(raw['extends'], `${pathPrefix}.extends`, problems);
  for (const key of Object.keys(raw)) {
    if (!ALLOWED_KEYS.has(key)) {
      problems.push({
        path: `${pathPrefix}.${key}`,
        message: `unknown override key (allowed: ${[...ALLOWED_KEYS].join(', ')})`,
      });
    }
  }
  const overrides = parseAt(overrideSchema, raw, pathPrefix, problems);
  if (problems.length > 0 || base === undefined || overrides === undefined) return { ok: false, problems };
  return { ok: true, ruleset: applyOverrides(base, overrides) };
}

function decodeName(name: string, path: string): DecodeRulesetResult {
  const ruleset = findBuiltInRuleset(name);
  if (ruleset) return { ok: true, ruleset };
  return { ok: false, problems: [{ path, message: `unknown ruleset ${quote(name)} (${KNOWN})` }] };
}

function decodeExtends(value: unknown, path: string, problems: InputProblem[]): Ruleset | undefined {
  if (typeof value !== 'string') {
    const message =
      value === undefined
        ? `required: the built-in ruleset to copy (${KNOWN})`
        : 'expected a built-in ruleset name';
    problems.push({ path, message });
    return undefined;
  }
  const ruleset = findBuiltInRuleset(value);
  if (!ruleset) problems.push({ path, message: `unknown ruleset ${quote(value)} (${KNOWN})` });
  return ruleset;
}
