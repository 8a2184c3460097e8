/**
 * docs/rules.md §12.6: what the backup supplier takes over of a failed line — the agreed volume less
 * what the hospital already bought of it from the failed supplier (in units), never below zero. Purchases
 * over the agreed volume give the backup nothing to carry.
 */
export function backupVolume(agreedVolume: bigint, purchasedUnits: bigint): bigint {
  const rest = agreedVolume - purchasedUnits;
  return rest > 0n ? rest : 0n;
}
