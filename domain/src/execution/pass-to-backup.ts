import type { RegionResult } from '../evaluation-result.js';

/**
 * docs/rules.md §12.6: a winner that fails to supply loses its regions to their backup supplier; a region without a
 * backup is left without a primary for the office to re-assign.
 */
export function passRegionsToBackup(
  regions: readonly RegionResult[],
  failedCompanyId: string,
): RegionResult[] {
  return regions.map((r) => {
    if (r.primary === failedCompanyId) return { ...r, primary: r.backup, backup: null };
    if (r.backup === failedCompanyId) return { ...r, backup: null };
    return r;
  });
}
