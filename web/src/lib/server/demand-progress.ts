import { PROVINCE_DIVISION } from '$lib/regions/province-division';
import { percentOf, progressBand, type ProgressBand } from '$lib/demand/progress-band';
import { provinceMapSvg, type ProvinceArea } from './charts/province-map';

/** One region's row of GET /rounds/{roundId}/demand/progress. */
export interface RegionProgress {
  regionCode: string;
  regionName: string;
  hospitals: number;
  reportingHospitals: number;
  submitted: number;
  approved: number;
  returned: number;
  reportedQuantity: number;
  approvedQuantity: number;
}

export interface RegionProgressRow extends RegionProgress {
  readonly percent: number;
  readonly band: ProgressBand;
}

/** 北京市 → 北京, 内蒙古自治区 → 内蒙古: the short name printed on the map. */
const shortName = (name: string) =>
  name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|生产建设兵团|省|市)$/u, '');

/** regions in the order of the division codes (北京, 天津, 河北 …), the order officials list them in */
const ORDER = Object.keys(PROVINCE_DIVISION);
const rank = (code: string) => (ORDER.includes(code) ? ORDER.indexOf(code) : ORDER.length);

export function progressRows(regions: readonly RegionProgress[]): RegionProgressRow[] {
  const sorted = [...regions].sort(
    (a, b) => rank(a.regionCode) - rank(b.regionCode) || a.regionCode.localeCompare(b.regionCode),
  );
  return sorted.map((r) => ({
    ...r,
    percent: percentOf(r.reportingHospitals, r.hospitals),
    band: progressBand(r.reportingHospitals, r.hospitals),
  }));
}

/**
 * The map: one area per province; regions sharing a province's area (兵团 in Xinjiang) are added
 * up before the area is coloured, so the colour says how far all of its hospitals are.
 */
export function progressMapSvg(
  roundId: string,
  regions: readonly RegionProgress[],
  text: { islands: string },
): string {
  const byDivision = new Map<string, { reporting: number; hospitals: number; label: string }>();
  for (const r of regions) {
    const division = PROVINCE_DIVISION[r.regionCode];
    if (!division) continue;
    const area = byDivision.get(division) ?? { reporting: 0, hospitals: 0, label: shortName(r.regionName) };
    area.reporting += r.reportingHospitals;
    area.hospitals += r.hospitals;
    byDivision.set(division, area);
  }
  const areas: ProvinceArea[] = [...byDivision].map(([division, a]) => ({
    division,
    band: progressBand(a.reporting, a.hospitals),
    label: a.label,
  }));
  const key = `${roundId}|${text.islands}|${areas.map((a) => `${a.division}:${a.band}`).join(',')}`;
  return provinceMapSvg(key, areas, text);
}
