import { Decimal } from 'decimal.js';
import type { AgreedVolumeLine } from './agreed-volumes';
import { stackedBarsSvg, type BarStack } from './charts/stacked-bars';

/** One row of an overview table: exact figures (amount a decimal string in yuan, 2 places). */
export interface OverviewRow {
  readonly id: string;
  readonly name: string;
  readonly hospitals: number;
  /** companies (by region) or products (by company) */
  readonly spread: number;
  /** regions a company supplies (by company only) */
  readonly regions: number;
  readonly lines: number;
  readonly amount: string;
}

interface Bucket {
  name: string;
  hospitals: Set<string>;
  spread: Set<string>;
  regions: Set<string>;
  lines: number;
  amount: Decimal;
  parts: Map<string, Decimal>;
}

function bucketsBy(
  lines: readonly AgreedVolumeLine[],
  keyOf: (l: AgreedVolumeLine) => [id: string, name: string],
  partOf: (l: AgreedVolumeLine) => string,
) {
  const buckets = new Map<string, Bucket>();
  for (const line of lines) {
    const [id, name] = keyOf(line);
    let b = buckets.get(id);
    if (!b) {
      b = {
        name,
        hospitals: new Set(),
        spread: new Set(),
        regions: new Set(),
        lines: 0,
        amount: new Decimal(0),
        parts: new Map(),
      };
      buckets.set(id, b);
    }
    const amount = new Decimal(line.amount ?? 0);
    if (line.hospitalId) b.hospitals.add(line.hospitalId);
    if (line.regionId) b.regions.add(line.regionId);
    const part = partOf(line);
    b.spread.add(part);
    b.lines += 1;
    b.amount = b.amount.plus(amount);
    b.parts.set(part, (b.parts.get(part) ?? new Decimal(0)).plus(amount));
  }
  // largest first; ties by name so the order never depends on the API's
  return [...buckets].sort(
    ([, a], [, b]) => b.amount.comparedTo(a.amount) || a.name.localeCompare(b.name, 'zh-CN'),
  );
}

const rowsOf = (buckets: ReturnType<typeof bucketsBy>): OverviewRow[] =>
  buckets.map(([id, b]) => ({
    id,
    name: b.name,
    hospitals: b.hospitals.size,
    spread: b.spread.size,
    regions: b.regions.size,
    lines: b.lines,
    amount: b.amount.toFixed(2),
  }));

/** 万元 for the bar's length only: geometry, not money (the tables print the exact yuan). */
const tenThousands = (d: Decimal) => Number(d.div(10_000).toFixed(2));

/** The parts with the largest totals get their own colour, the rest share one ("other"). */
function stacksOf(
  buckets: ReturnType<typeof bucketsBy>,
  names: Map<string, string>,
  other: string,
  keep = 7,
) {
  const totals = new Map<string, Decimal>();
  for (const [, b] of buckets)
    for (const [part, amount] of b.parts) totals.set(part, (totals.get(part) ?? new Decimal(0)).plus(amount));
  const ranked = [...totals].sort(([a, x], [b, y]) => y.comparedTo(x) || a.localeCompare(b)).map(([p]) => p);
  const own = ranked.length > keep + 1 ? ranked.slice(0, keep) : ranked;
  const stacks: BarStack[] = own.map((part) => ({
    name: names.get(part) ?? part,
    values: buckets.map(([, b]) => tenThousands(b.parts.get(part) ?? new Decimal(0))),
  }));
  if (own.length < ranked.length)
    stacks.push({
      name: other,
      values: buckets.map(([, b]) => {
        let sum = new Decimal(0);
        for (const [part, amount] of b.parts) if (!own.includes(part)) sum = sum.plus(amount);
        return tenThousands(sum);
      }),
    });
  return stacks;
}

export interface OverviewText {
  readonly otherCompanies: string;
  readonly otherProducts: string;
  readonly unit: string;
}

/**
 * 约定采购量总览: amounts by region (split by company) and by company (split by product), as tables
 * and as stacked bars. The charts show at most `chartRows` bars; the tables have every row.
 */
export function volumesOverview(
  key: string,
  lines: readonly AgreedVolumeLine[],
  text: OverviewText,
  chartRows = 40,
) {
  const companies = new Map(lines.map((l) => [l.companyId, l.companyName]));
  const products = new Map(lines.map((l) => [l.productCode, l.productName]));
  const byRegion = bucketsBy(
    lines,
    (l) => [l.regionId ?? '', l.regionName ?? l.regionId ?? ''],
    (l) => l.companyId,
  );
  const byCompany = bucketsBy(
    lines,
    (l) => [l.companyId, l.companyName],
    (l) => l.productCode,
  );
  const regionBars = byRegion.slice(0, chartRows);
  const companyBars = byCompany.slice(0, chartRows);
  return {
    regions: rowsOf(byRegion),
    companies: rowsOf(byCompany),
    regionChart: stackedBarsSvg(
      `${key}|region`,
      regionBars.map(([, b]) => b.name),
      stacksOf(regionBars, companies, text.otherCompanies),
      text.unit,
    ),
    companyChart: stackedBarsSvg(
      `${key}|company`,
      companyBars.map(([, b]) => b.name),
      stacksOf(companyBars, products, text.otherProducts),
      text.unit,
    ),
  };
}
