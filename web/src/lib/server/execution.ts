import { PROVINCE_DIVISION } from '$lib/regions/province-division';
import type { ProgressBand } from '$lib/demand/progress-band';
import { provinceMapSvg, type ProvinceArea } from './charts/province-map';
import { stackedBarsSvg } from './charts/stacked-bars';

/** Completion figures as the API answers them (ratios and money decimal strings). */
export interface Figures {
  readonly agreedUnits: number;
  readonly agreedAmount: string;
  readonly purchasedUnits: number;
  readonly purchasedAmount: string;
  readonly completion: string | null;
  readonly expectedPace: string;
  readonly behind: boolean;
}

/** Ratio strings to whole basis points for geometry and bands: exact string arithmetic, no float. */
export function basisPoints(ratio: string | null): number {
  if (ratio === null) return 0;
  const [whole = '0', fraction = ''] = ratio.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0').slice(0, 4));
}

/**
 * The map's band for a region's completion: none (nothing bought), started (behind the pace), half
 * (on pace but under it), done (at or beyond where a linear buyer would be).
 */
export function completionBand(f: Figures): ProgressBand {
  const done = basisPoints(f.completion);
  if (done === 0) return 'none';
  if (f.behind) return 'started';
  return done >= basisPoints(f.expectedPace) ? 'done' : 'half';
}

const shortName = (name: string) =>
  name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|生产建设兵团|省|市)$/u, '');

/** The map of completion by province, drawn on the server like the demand map. */
export function completionMapSvg(
  roundId: string,
  regions: readonly (Figures & { regionCode: string; regionName: string })[],
  text: { islands: string },
): string {
  const areas: ProvinceArea[] = regions.flatMap((r) => {
    const division = PROVINCE_DIVISION[r.regionCode];
    return division ? [{ division, band: completionBand(r), label: shortName(r.regionName) }] : [];
  });
  const key = `exec|${roundId}|${text.islands}|${areas.map((a) => `${a.division}:${a.band}`).join(',')}`;
  return provinceMapSvg(key, areas, text);
}

/** Bars of completion (%) by product against the pace: geometry only, the table carries the figures. */
export function productChartSvg(
  roundId: string,
  products: readonly (Figures & { productCode: string; productName: string })[],
  text: { completion: string },
): string {
  const categories = products.map((p) => `${p.productCode} ${p.productName}`);
  const stacks = [{ name: text.completion, values: products.map((p) => basisPoints(p.completion) / 100) }];
  const key = `exec-products|${roundId}|${text.completion}|${products.map((p) => `${p.productCode}:${p.completion}`).join(',')}`;
  return stackedBarsSvg(key, categories, stacks, '%');
}

/** Bars of units bought per month. */
export function monthChartSvg(
  roundId: string,
  months: readonly { month: string; purchasedUnits: number }[],
  text: { purchased: string },
): string {
  const key = `exec-months|${roundId}|${text.purchased}|${months.map((m) => `${m.month}:${m.purchasedUnits}`).join(',')}`;
  return stackedBarsSvg(
    key,
    months.map((m) => m.month),
    [{ name: text.purchased, values: months.map((m) => m.purchasedUnits) }],
    '',
  );
}
