import { compareCodePoints } from '../compare-code-points.js';
import { compareQuantity, type Quantity } from '../money/quantity-sum.js';
import type { RegionPick } from '../evaluation-result.js';

export interface Picker {
  readonly companyId: string;
  readonly preferences: readonly string[];
}

export interface RegionAssignment {
  readonly picks: RegionPick[];
  readonly primary: Map<string, string>;
  readonly backup: Map<string, string>;
  /** picks that fell to the ⚙ default (largest agreed volume, then region code): [companyId, regionId] */
  readonly defaultPicks: [string, string][];
}

/**
 * docs/rules.md §11.1 and §11.2: winners in rank order pick supply regions: rank 1 first (priority pick), then round robin
 * from rank 1 until every region is taken; backups (from batch 7) after all primaries (G33, G34).
 */
export function pickRegions(
  winners: readonly Picker[],
  regions: readonly string[],
  volumes: ReadonlyMap<string, Quantity>,
  withBackups: boolean,
): RegionAssignment {
  const out: RegionAssignment = { picks: [], primary: new Map(), backup: new Map(), defaultPicks: [] };
  if (winners.length === 0) return out;
  const take = (picker: Picker, open: (region: string) => boolean, kind: RegionPick['kind']): boolean => {
    const preferred = picker.preferences.find(open);
    const regionId = preferred ?? defaultPick(regions.filter(open), volumes);
    if (regionId === undefined) return false;
    if (preferred === undefined) out.defaultPicks.push([picker.companyId, regionId]);
    (kind === 'primary' ? out.primary : out.backup).set(regionId, picker.companyId);
    out.picks.push({ turn: out.picks.length + 1, companyId: picker.companyId, regionId, kind });
    return true;
  };

  const free = (region: string) => !out.primary.has(region);
  for (let t = 0; out.primary.size < regions.length; t++) {
    take(primaryPicker(winners, t), free, 'primary');
  }

  if (!withBackups || winners.length < 2) return out;
  for (let passes = 0, t = 0; out.backup.size < out.primary.size && passes < winners.length; t++) {
    const picker = winners[t % winners.length] as Picker;
    const open = (region: string) =>
      !out.backup.has(region) && out.primary.get(region) !== picker.companyId && out.primary.has(region);
    passes = take(picker, open, 'backup') ? 0 : passes + 1;
  }
  return out;
}

/** Turn t (from 0): rank 1's priority pick, then round robin from rank 1 to W, over and over. */
export function primaryPicker(winners: readonly Picker[], t: number): Picker {
  return (t === 0 ? winners[0] : winners[(t - 1) % winners.length]) as Picker;
}

/** ⚙ The free region with the largest agreed volume, ties by region code. */
export function defaultPick(
  open: readonly string[],
  volumes: ReadonlyMap<string, Quantity>,
): string | undefined {
  let best: string | undefined;
  for (const region of open) {
    if (best === undefined) {
      best = region;
      continue;
    }
    const c = compareQuantity(volumes.get(region) ?? 0, volumes.get(best) ?? 0);
    if (c > 0 || (c === 0 && compareCodePoints(region, best) < 0)) best = region;
  }
  return best;
}
