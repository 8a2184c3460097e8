import { Decimal } from 'decimal.js';
import type { Api } from './api';
import { allPages } from './all-pages';

/** One line of GET /rounds/{id}/agreed-volumes: a hospital × company × product, with price and amount. */
export interface AgreedVolumeLine {
  productCode: string;
  productName: string;
  group: string | null;
  hospitalId: string | null;
  hospitalName: string | null;
  regionId: string | null;
  regionName: string | null;
  companyId: string;
  companyName: string;
  specCode: string | null;
  unitsPerPack: number | null;
  agreedVolume: number;
  awardedPrice: string | null;
  amount: string | null;
}

/**
 * Every line the API shows this visitor (a company: its own), ordered by product, region and
 * hospital (names in Chinese collation, as people look them up). null when the API refused.
 */
export async function loadAgreedVolumes(client: Api, roundId: string): Promise<AgreedVolumeLine[] | null> {
  const rows = await allPages(
    async (cursor) =>
      (
        await client.GET('/rounds/{roundId}/agreed-volumes', {
          params: { path: { roundId }, query: { limit: 500, cursor } },
        })
      ).data,
  );
  if (!rows) return null;
  const text = (v: string | null) => v ?? '';
  return rows.sort(
    (a, b) =>
      a.productCode.localeCompare(b.productCode) ||
      text(a.group).localeCompare(text(b.group)) ||
      text(a.regionName).localeCompare(text(b.regionName), 'zh-CN') ||
      text(a.regionId).localeCompare(text(b.regionId)) ||
      text(a.hospitalName).localeCompare(text(b.hospitalName), 'zh-CN') ||
      text(a.hospitalId).localeCompare(text(b.hospitalId)),
  );
}

export interface VolumeFilter {
  readonly product: string;
  readonly region: string;
}

export function filterLines(lines: readonly AgreedVolumeLine[], filter: VolumeFilter) {
  return lines.filter(
    (l) =>
      (!filter.product || l.productCode === filter.product) &&
      (!filter.region || (l.regionId ?? '') === filter.region),
  );
}

/** A subtotal: hospitals, units (exact, as a string: sums may pass 2^53) and amount (yuan, 2 decimals). */
export interface VolumeTotal {
  readonly key: string;
  readonly productCode: string;
  readonly productName: string;
  readonly group: string | null;
  readonly regionId: string | null;
  readonly regionName: string | null;
  readonly awardedPrice: string | null;
  readonly hospitals: number;
  readonly agreedVolume: string;
  readonly amount: string;
}

/** Subtotals by product (× group) and region, in the lines' order; money summed with decimal.js. */
export function totalsByRegion(lines: readonly AgreedVolumeLine[]): VolumeTotal[] {
  const groups = new Map<
    string,
    { first: AgreedVolumeLine; hospitals: Set<string>; units: bigint; amount: Decimal; prices: Set<string> }
  >();
  for (const line of lines) {
    const key = `${line.productCode}|${line.group ?? ''}|${line.regionId ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { first: line, hospitals: new Set(), units: 0n, amount: new Decimal(0), prices: new Set() };
      groups.set(key, g);
    }
    if (line.hospitalId) g.hospitals.add(line.hospitalId);
    g.units += BigInt(line.agreedVolume);
    if (line.amount !== null) g.amount = g.amount.plus(line.amount);
    if (line.awardedPrice !== null) g.prices.add(line.awardedPrice);
  }
  return [...groups].map(([key, g]) => ({
    key,
    productCode: g.first.productCode,
    productName: g.first.productName,
    group: g.first.group,
    regionId: g.first.regionId,
    regionName: g.first.regionName,
    // one spec wins a product for a company: one price; several would not be one figure
    awardedPrice: g.prices.size === 1 ? ([...g.prices][0] as string) : null,
    hospitals: g.hospitals.size,
    agreedVolume: g.units.toString(),
    amount: g.amount.toFixed(2),
  }));
}

/** The grand total of some lines: units and amount. */
export function grandTotal(lines: readonly AgreedVolumeLine[]) {
  let units = 0n;
  let amount = new Decimal(0);
  for (const l of lines) {
    units += BigInt(l.agreedVolume);
    if (l.amount !== null) amount = amount.plus(l.amount);
  }
  return { agreedVolume: units.toString(), amount: amount.toFixed(2) };
}
