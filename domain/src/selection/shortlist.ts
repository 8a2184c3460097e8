/** docs/rules.md §7, G15, G54: M = min(table(N), N); N beyond the table uses its last entry; 0 when N = 0. */
export function maxShortlist(validBids: number, table: readonly number[]): number {
  if (validBids === 0 || table.length === 0) return 0;
  const entry = table[Math.min(validBids, table.length) - 1] ?? 0;
  return Math.min(entry, validBids);
}
