import { compareCodePoints } from '../compare-code-points.js';
import { addQuantity, type Quantity } from '../money/quantity-sum.js';
import { exactRatio, roundHalfUpQuantity, type ExactRatio } from '../money/round-half-up-quantity.js';
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
  /** every hospital id (the contract's institutionId) of the round, in code-point order → its position */
  readonly institutionOrdinal: ReadonlyMap<string, number>;
  readonly institutionIds: readonly string[];
}

/** Who supplies each region: primaries and backups by region code. */
export interface SupplyAssignment {
  readonly primary: ReadonlyMap<string, string>;
  readonly backup: ReadonlyMap<string, string>;
}

/** The volumes of one entry once its regions are assigned: what region selection ends with. */
export type AssignedVolume = Pick<RegionalVolume, 'agreedVolume' | 'regions' | 'allocations'>;

interface AgreedLines {
  /** agreed volume of each line, by position */
  readonly agreed: Quantity[];
  readonly total: Quantity;
  readonly byRegion: Map<string, Quantity>;
}

/**
 * docs/rules.md §10 and §11.3: agreed volume per demand line (roundHalfUp(quantity × ratio)), summed per region; the
 * winners pick regions; each line goes to its brand's company when brand routing applies and that
 * company won (G51), else to its region's primary; allocations summed per (hospital, company).
 */
export function allocateByRegion(
  lines: readonly DemandLine[],
  winners: readonly Picker[],
  ratio: ExactRatio,
  ctx: RegionalContext,
): RegionalVolume {
  const agreed = agreeLines(lines, ratio);
  const assignment = pickRegions(winners, ctx.regions, agreed.byRegion, ctx.backups);
  const companies = winners.map((w) => w.companyId);
  return {
    ...distribute(lines, agreed, companies, assignment, ctx),
    regionPicks: assignment.picks,
    defaultPicks: assignment.defaultPicks,
  };
}

/**
 * docs/rules.md §11.3 for an assignment decided elsewhere (online region selection, turn by turn): the same volumes,
 * regions and allocations `evaluate` computes, for the given primaries and backups. `winners` are
 * the entry's winning companies, `ratio` its published ratio ("0.80").
 */
export function allocateWithAssignment(
  lines: readonly DemandLine[],
  winners: readonly string[],
  ratio: string,
  assignment: SupplyAssignment,
  regions: readonly string[],
  brandRouting: boolean,
): AssignedVolume {
  const institutionIds = [...new Set(lines.map((l) => l.institutionId))].sort(compareCodePoints);
  const ctx: RegionalContext = {
    regions: [...regions].sort(compareCodePoints),
    backups: assignment.backup.size > 0,
    brandRouting,
    institutionOrdinal: new Map(institutionIds.map((id, i) => [id, i])),
    institutionIds,
  };
  return distribute(lines, agreeLines(lines, exactRatio(ratio)), winners, assignment, ctx);
}

/** docs/rules.md §10: the agreed volume of each region for an entry's lines and ratio (the default pick's measure). */
export function agreedVolumeByRegion(lines: readonly DemandLine[], ratio: string): Map<string, Quantity> {
  return agreeLines(lines, exactRatio(ratio)).byRegion;
}

function agreeLines(lines: readonly DemandLine[], ratio: ExactRatio): AgreedLines {
  const agreed: Quantity[] = new Array(lines.length);
  const byRegion = new Map<string, Quantity>();
  let total: Quantity = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DemandLine;
    const q = roundHalfUpQuantity(line.quantity, ratio);
    agreed[i] = q;
    total = addQuantity(total, q);
    const region = line.regionId as string;
    byRegion.set(region, addQuantity(byRegion.get(region) ?? 0, q));
  }
  return { agreed, total, byRegion };
}

/** Each line to its supplier (brand routing, else the region's primary), summed per (hospital, company). */
function distribute(
  lines: readonly DemandLine[],
  { agreed, total, byRegion }: AgreedLines,
  winners: readonly string[],
  assignment: SupplyAssignment,
  ctx: RegionalContext,
): AssignedVolume {
  const companies = [...winners].sort(compareCodePoints);
  const companyOrdinal = new Map(companies.map((c, i) => [c, i]));
  const primaryOrdinal = new Map<string, number>();
  for (const [region, company] of assignment.primary)
    primaryOrdinal.set(region, companyOrdinal.get(company) as number);
  const width = companies.length;
  // one slot per (hospital, company) in code-point order: no hashing, and the keys come out sorted
  const keys = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DemandLine;
    const brand =
      ctx.brandRouting && line.brandCompanyId !== null ? companyOrdinal.get(line.brandCompanyId) : undefined;
    const company = brand ?? (primaryOrdinal.get(line.regionId as string) as number);
    keys[i] = (ctx.institutionOrdinal.get(line.institutionId) as number) * width + company;
  }
  const allocations = sumDense(keys, agreed, ctx.institutionIds.length * width) ?? sumSparse(keys, agreed);
  const named = allocations.map(([key, agreedVolume]) => ({
    institutionId: ctx.institutionIds[Math.floor(key / width)] as string,
    companyId: companies[key % width] as string,
    agreedVolume,
  }));
  const regions = ctx.regions.map((regionId) => ({
    regionId,
    primary: assignment.primary.get(regionId) ?? null,
    backup: assignment.backup.get(regionId) ?? null,
    agreedVolume: byRegion.get(regionId) ?? 0,
  }));
  return { agreedVolume: total, regions, allocations: named };
}

/**
 * Sums per slot in a flat array while every sum stays a safe integer (exact in a double); null when
 * one would not, and the caller falls back to exact sparse sums (G41).
 */
function sumDense(keys: Int32Array, agreed: readonly Quantity[], slots: number): [number, Quantity][] | null {
  const sums = new Float64Array(slots);
  const touched = new Uint8Array(slots);
  for (let i = 0; i < keys.length; i++) {
    const q = agreed[i] as Quantity;
    if (typeof q !== 'number') return null;
    const key = keys[i] as number;
    const sum = (sums[key] as number) + q;
    if (sum > Number.MAX_SAFE_INTEGER) return null;
    sums[key] = sum;
    touched[key] = 1;
  }
  const out: [number, Quantity][] = [];
  for (let key = 0; key < slots; key++) if (touched[key]) out.push([key, sums[key] as number]);
  return out;
}

function sumSparse(keys: Int32Array, agreed: readonly Quantity[]): [number, Quantity][] {
  const sums = new Map<number, Quantity>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    const prev = sums.get(key);
    sums.set(key, prev === undefined ? (agreed[i] as Quantity) : addQuantity(prev, agreed[i] as Quantity));
  }
  return [...sums.entries()].sort((a, b) => a[0] - b[0]);
}
