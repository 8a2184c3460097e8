import { m } from '$lib/paraglide/messages.js';

type Side = { base: string; overrides?: Record<string, unknown> };

/** The what-if form: a base per side (the round's ruleset or a built-in) and overrides as JSON. */
export function readWhatIfForm(form: FormData) {
  const values: Record<string, string> = {};
  for (const name of ['aBase', 'aOverrides', 'bBase', 'bOverrides'])
    values[name] = String(form.get(name) ?? '').trim();
  const fields: Record<string, string> = {};
  const side = (which: 'a' | 'b'): Side => {
    const base = values[`${which}Base`] || 'round';
    const text = values[`${which}Overrides`] ?? '';
    if (!text) return { base };
    try {
      const overrides = JSON.parse(text) as unknown;
      if (overrides && typeof overrides === 'object' && !Array.isArray(overrides))
        return { base, overrides: overrides as Record<string, unknown> };
    } catch {
      // reported below, next to the field
    }
    fields[`${which}Overrides`] = m.office_whatif_overrides_invalid();
    return { base };
  };
  const body = { a: side('a'), b: side('b') };
  return Object.keys(fields).length
    ? { ok: false as const, values, fields }
    : { ok: true as const, values, body };
}
