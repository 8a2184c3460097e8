/**
 * JSON with object keys sorted at every level (UTF-16 code units), no whitespace, absent values left
 * out: the spelling the platform signs and commits to (docs/receipts.md, "Canonical JSON"). The
 * browser recomputes it on its own, as docs/receipts.md asks of any checker, not with platform code.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${parts.join(',')}}`;
}
