import { compareCodePoints } from '../compare-code-points.js';
import { addQuantity, type Quantity } from '../money/quantity-sum.js';
import { roundHalfUpQuantity, type ExactRatio } from '../money/round-half-up-quantity.js';
import type { Allocation, RegionPick, RegionResult } from '../evaluation-result.js';
import type { DemandLine } from '../round-input.js';
import { pickRegions, type Picker } from './region-picks.js';

export interface RegionalVolume {
  readonly agreedVolume: Quantity;
  readonly regionPicks: RegionPick[];
  readonly regions: RegionResult[];
  readonly allocations: Allocation[];
  readonly defaultPicks: [string, string][];
}

export interface RegionalContext {
  /** the round's regions, sorted by code */
  readonly regions: readonly string[];
  readonly backups: boolean;
  readonly brandRouting: boolean;
  /** every institution id of the round, in code-point order → its position */
  readonly institutionOrdinal: ReadonlyMap<string, number>;
  readonly institutionIds: readonly string[];
}

/**
 * §6 and §8: agreed volume per demand line (roundHalfUp(quantity × ratio)), summed per region; the
 * winners pick regions; each line goes to its brand's company when brand routing applies and that
 * company won (G51), else to its region's primary; allocations summed per (institution, company).
 */
export function allocateByRegion(
  lines: readonly DemandLine[],
  winners: readonly Picker[],
  ratio: ExactRatio,
  ctx: RegionalContext,
): RegionalVolume {
  const agreed: Quantity[] = new Array(lines.length);
  const regionVolume = new Map<string, Quantity>();
  let total: Quantity = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DemandLine;
    const q = roundHalfUpQuantity(line.quantity, ratio);
    agreed[i] = q;
    total = addQuantity(total, q);
    const region = line.regionId as string;
    regionVolume.set(region, addQuantity(regionVolume.get(region) ?? 0, q));
  }
  const assignment = pickRegions(winners, ctx.regions, regionVolume, ctx.backups);

  const companies = winners.map((w) => w.companyId).sort(compareCodePoints);
  const companyOrdinal = new Map(companies.map((c, i) => [c, i]));
  const width = companies.length;
  const sums = new Map<number, Quantity>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DemandLine;
    const brand =
      ctx.brandRouting && line.brandCompanyId !== null ? companyOrdinal.get(line.brandCompanyId) : undefined;
    const company =
      brand ?? (companyOrdinal.get(assignment.primary.get(line.regionId as string) as string) as number);
    const key = (ctx.institutionOrdinal.get(line.institutionId) as number) * width + company;
    const prev = sums.get(key);
    sums.set(key, prev === undefined ? (agreed[i] as Quantity) : addQuantity(prev, agreed[i] as Quantity));
  }
  const keys = Float64Array.from(sums.keys()).sort();
  const allocations: Allocation[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    allocations[i] = {
      institutionId: ctx.institutionIds[Math.floor(key / width)] as string,
      companyId: companies[key % width] as string,
      agreedVolume: sums.get(key) as Quantity,
    };
  }
  const regions = ctx.regions.map((regionId) => ({
    regionId,
    primary: assignment.primary.get(regionId) ?? null,
    backup: assignment.backup.get(regionId) ?? null,
    agreedVolume: regionVolume.get(regionId) ?? 0,
  }));
  return {
    agreedVolume: total,
    regionPicks: assignment.picks,
    regions,
    allocations,
    defaultPicks: assignment.defaultPicks,
  };
}
