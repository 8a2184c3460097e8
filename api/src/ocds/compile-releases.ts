import type { Json } from './release-parts.js';

const isRawJSON = (JSON as unknown as { isRawJSON(value: unknown): boolean }).isRawJSON;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isRawJSON(value);

const hasIds = (items: readonly unknown[]) =>
  items.length > 0 && items.every((item) => isObject(item) && item.id !== undefined);

/** Arrays of objects with ids merge item by item (identity merge); any other array is replaced. */
function mergeArray(target: unknown, source: readonly unknown[]): unknown[] {
  if (!hasIds(source) || !Array.isArray(target) || !hasIds(target)) return source.map(copy);
  const merged = target.map(copy) as Json[];
  for (const item of source as Json[]) {
    const at = merged.findIndex((m) => m.id === item.id);
    if (at === -1) merged.push(copy(item) as Json);
    else merged[at] = mergeObject(merged[at] as Json, item);
  }
  return merged;
}

/** `source` merged into a copy of `target`: objects recursively, null removes a field. */
function mergeObject(target: Json, source: Json): Json {
  const merged: Json = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (value === null) delete merged[key];
    else if (Array.isArray(value)) merged[key] = mergeArray(merged[key], value);
    else if (isObject(value)) merged[key] = mergeObject(isObject(merged[key]) ? merged[key] : {}, value);
    else merged[key] = value;
  }
  return merged;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  return isObject(value) ? mergeObject({}, value) : value;
}

/**
 * The compiled release of one contracting process (OCDS merge, "Merging" in the OCDS 1.1
 * documentation): the releases in date order merged field by field, the release-level `id`, `date`
 * and `tag` left out (omitWhenMerged), then the compiled release's own id `{ocid}-{latest date}`,
 * that date and the tag `compiled`. Amounts stay raw JSON numbers: merging never turns them into floats.
 */
export function compileReleases(releases: readonly Json[]): Json {
  let compiled: Json = {};
  for (const release of releases) {
    const { id: _id, date: _date, tag: _tag, ...fields } = release;
    compiled = mergeObject(compiled, fields);
  }
  const date = releases.at(-1)?.date as string;
  return {
    ocid: compiled.ocid,
    id: `${compiled.ocid as string}-${date}`,
    date,
    tag: ['compiled'],
    ...compiled,
  };
}
