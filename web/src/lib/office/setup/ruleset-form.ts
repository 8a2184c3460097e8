/**
 * The set-up page's ruleset form, both ways: the form's fields ↔ the API's ruleset choice (a
 * built-in name, or {"extends": base, …overrides}). The fields are named after the override keys, so
 * the API's field problems (`ruleset.spreadMultiple`) land next to their field.
 */

export const DECIMAL_OVERRIDES = [
  'spreadMultiple',
  'minReduction',
  'anchorShare',
  'capacityMultiple',
] as const;
export const INTEGER_OVERRIDES = ['creditExcludedFrom'] as const;
export const FLAG_OVERRIDES = [
  'dualEnvelope',
  'negotiateSingleBid',
  'regionPicking',
  'brandRouting',
] as const;
export const PRICE_CONDITIONS = ['spread', 'spread-revival', 'anchor', 'lowest'] as const;
const TEXT_OVERRIDES = ['name', 'priceCondition', ...DECIMAL_OVERRIDES] as const;

/** Every field of the form but `extends` and `other`. */
export const OVERRIDE_FIELDS = [...TEXT_OVERRIDES, ...INTEGER_OVERRIDES, ...FLAG_OVERRIDES] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

export type RulesetValues = Record<string, string>;

/** The stored choice as the form shows it; keys the form has no field for go to `other` as JSON. */
export function choiceToValues(choice: unknown): RulesetValues {
  if (typeof choice === 'string') return { extends: choice };
  if (choice === null || typeof choice !== 'object') return { extends: '' };
  const values: RulesetValues = {};
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(choice)) {
    if (key === 'extends') values.extends = String(value);
    else if (
      (OVERRIDE_FIELDS as readonly string[]).includes(key) &&
      value !== null &&
      typeof value !== 'object'
    )
      values[key] = String(value);
    else other[key] = value;
  }
  if (Object.keys(other).length) values.other = JSON.stringify(other, null, 2);
  return values;
}

export type ChoiceResult =
  | { readonly ok: true; readonly choice: unknown }
  | { readonly ok: false; readonly fields: Record<string, 'json' | 'integer'> };

/** The form's values as the API's choice: empty fields are not overridden; no override at all is the base's name. */
export function valuesToChoice(values: RulesetValues): ChoiceResult {
  const fields: Record<string, 'json' | 'integer'> = {};
  let other: Record<string, unknown> = {};
  const otherText = values.other?.trim() ?? '';
  if (otherText) {
    try {
      const parsed: unknown = JSON.parse(otherText);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) fields.other = 'json';
      else other = parsed as Record<string, unknown>;
    } catch {
      fields.other = 'json';
    }
  }
  const overrides: Record<string, unknown> = { ...other };
  delete overrides.extends;
  for (const key of TEXT_OVERRIDES) {
    const text = values[key]?.trim();
    if (text) overrides[key] = text;
  }
  for (const key of INTEGER_OVERRIDES) {
    const text = values[key]?.trim();
    if (!text) continue;
    // a credit rank is a small whole number, not money: a JS number is exact here
    if (/^\d{1,6}$/.test(text)) overrides[key] = Number(text);
    else fields[key] = 'integer';
  }
  for (const key of FLAG_OVERRIDES) {
    if (values[key] === 'true' || values[key] === 'false') overrides[key] = values[key] === 'true';
  }
  if (Object.keys(fields).length) return { ok: false, fields };
  const base = values.extends ?? '';
  return { ok: true, choice: Object.keys(overrides).length ? { extends: base, ...overrides } : base };
}
