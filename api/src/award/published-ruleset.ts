import { decodeRulesetChoice, OVERRIDE_KEYS, type Ruleset } from '@jicai/domain';

/** The parameters that decide an evaluation (what the override keys can pin, plus how volume is split). */
function evaluationTerms(ruleset: Ruleset): string {
  const { demandFloorShare: _floor, execution: _execution, ...terms } = ruleset;
  return canonicalJson(terms);
}

/**
 * The `ruleset` field of the published input, so that anyone re-running it gets the frozen ruleset:
 * the office's choice as given while it still resolves to what was frozen at publish; otherwise
 * (a built-in changed since) the frozen terms pinned as `{"extends": …, every override key}`.
 */
export function publishedRulesetChoice(choice: unknown, frozen: Ruleset): unknown {
  const resolved = decodeRulesetChoice(choice);
  if (resolved.ok && evaluationTerms(resolved.ruleset) === evaluationTerms(frozen)) return choice;
  const base = typeof choice === 'string' ? choice : (choice as { extends?: unknown } | null)?.extends;
  const pinned: Record<string, unknown> = { extends: base };
  for (const key of OVERRIDE_KEYS) {
    pinned[key] = key === 'regionPicking' ? frozen.volumeAllocation === 'regions' : frozen[key];
  }
  return pinned;
}

/** JSON with object keys sorted (code-point order), for comparing values whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Keys of an override choice in a stable order: `extends`, then the contract's override keys. */
export function orderRulesetChoice(choice: unknown): unknown {
  if (!choice || typeof choice !== 'object' || Array.isArray(choice)) return choice;
  const source = choice as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of ['extends', ...OVERRIDE_KEYS]) if (key in source) ordered[key] = source[key];
  return ordered;
}
