import { BUILT_IN_RULESET_NAMES, findBuiltInRuleset } from '@jicai/domain';
import { OVERRIDE_FIELDS, type OverrideField } from './ruleset-form';

/** The built-in rulesets an office can start from (server side: the domain stays out of the browser's bundle). */
export const BASE_NAMES: readonly string[] = BUILT_IN_RULESET_NAMES;

/** What the base ruleset says for a field, as the hint beside it (null: the base has no such value). */
export function baseValue(base: string, field: OverrideField): string | null {
  const ruleset = findBuiltInRuleset(base);
  if (!ruleset) return null;
  if (field === 'regionPicking') return String(ruleset.volumeAllocation === 'regions');
  const value = (ruleset as unknown as Record<string, unknown>)[field];
  return value === null || value === undefined ? null : String(value);
}

/** Every field's base value, for the hints. */
export function baseValues(base: string): Partial<Record<OverrideField, string>> {
  return Object.fromEntries(
    OVERRIDE_FIELDS.flatMap((f) => {
      const v = baseValue(base, f);
      return v === null ? [] : [[f, v]];
    }),
  );
}
