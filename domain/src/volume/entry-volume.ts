import { invariant } from '../invariant.js';
import { exactRatio, roundHalfUpQuantity } from '../money/round-half-up-quantity.js';
import { addQuantity, type Quantity } from '../money/quantity-sum.js';
import type { Allocation, RegionPick, RegionResult } from '../evaluation-result.js';
import type { DemandLine, VolumeClass } from '../round-input.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { allocateByRegion, type RegionalContext } from '../regions/allocate-demand.js';
import type { Picker } from '../regions/region-picks.js';
import { ratioAndCycle } from './ladders.js';
import { splitByRankShares } from './rank-shares.js';

export interface EntryVolume {
  readonly ratio: string | null;
  readonly cycleYears: number | null;
  readonly agreedVolume: Quantity;
  readonly regionPicks: RegionPick[];
  readonly regions: RegionResult[];
  readonly allocations: Allocation[];
  readonly defaultPicks: [string, string][];
}

const NONE: EntryVolume = {
  ratio: null,
  cycleYears: null,
  agreedVolume: 0,
  regionPicks: [],
  regions: [],
  allocations: [],
  defaultPicks: [],
};

/**
 * docs/rules.md §10 and §11 for one product entry: ratio and cycle from W; agreed volume per demand line, then split
 * the way the ruleset says (by regions, by rank shares, or not at all). W = 0 gives nothing (G16).
 * `winners` are in rank order.
 */
export function computeEntryVolume(
  lines: readonly DemandLine[],
  winners: readonly Picker[],
  volumeClass: VolumeClass,
  ruleset: Ruleset,
  regional: RegionalContext | null,
): EntryVolume {
  const rc = ratioAndCycle(winners.length, volumeClass, ruleset);
  if (!rc) return NONE;
  const ratio = exactRatio(rc.ratio);
  const base = { ratio: rc.ratio, cycleYears: rc.cycleYears };
  const mode = ruleset.volumeAllocation;
  switch (mode) {
    case 'regions': {
      invariant(regional, 'region picking needs the round regions');
      return { ...base, ...allocateByRegion(lines, winners, ratio, regional) };
    }
    case 'rank-shares': {
      const agreedVolume = sumAgreed(lines, ratio);
      const parts = splitByRankShares(agreedVolume, winners.length, ruleset.rankShares);
      const allocations = winners.map((w, i) => ({
        institutionId: null,
        companyId: w.companyId,
        agreedVolume: parts[i] as Quantity,
      }));
      return { ...NONE, ...base, agreedVolume, allocations };
    }
    case 'none':
      return { ...NONE, ...base, agreedVolume: sumAgreed(lines, ratio) };
    default: {
      const exhaustive: never = mode;
      throw new Error(`unknown volume allocation ${String(exhaustive)}`);
    }
  }
}

function sumAgreed(lines: readonly DemandLine[], ratio: ReturnType<typeof exactRatio>): Quantity {
  let total: Quantity = 0;
  for (const line of lines) total = addQuantity(total, roundHalfUpQuantity(line.quantity, ratio));
  return total;
}
