import { Dec } from '../money/decimal.js';
import { parseInstant } from '../dates/instant.js';
import type { Bid, CompanyFacts, DemandLine, Product, RoundInput, Spec } from '../round-input.js';

/** Terse builders for tests: contract-shaped defaults, strings for money as in the published JSON. */

export function spec(
  id: string,
  strength: string,
  unitsPerPack: number,
  ceiling: string,
  volumeMl: string | null = null,
): Spec {
  return {
    id,
    strength: new Dec(strength),
    strengthUnit: null,
    unitsPerPack,
    volumeMl: volumeMl === null ? null : new Dec(volumeMl),
    ceiling: new Dec(ceiling),
  };
}

export function product(id: string, specs: Spec[], overrides: Partial<Product> = {}): Product {
  return {
    id,
    name: `品种${id}`,
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    representativeSpecId: (specs[0] as Spec).id,
    specs,
    ...overrides,
  };
}

export const COMPANY: CompanyFacts = {
  creditRank: 0,
  regionsSuppliedLastYear: 10,
  salesVolume: 1000,
  affiliateGroup: null,
  annualCapacity: null,
  onViolationList: false,
  qualityFailureOn: null,
};

export type BidSketch = Partial<Omit<Bid, 'packPrice' | 'company' | 'submittedAtInstant'>> & {
  packPrice?: string;
  company?: Partial<CompanyFacts>;
};

let counter = 0;
export function bid(id: string, packPrice: string, sketch: BidSketch = {}): Bid {
  const submittedAt =
    sketch.submittedAt ?? `2026-11-20T09:${String(counter++ % 60).padStart(2, '0')}:00+08:00`;
  const { company, packPrice: _p, ...rest } = sketch;
  return {
    id,
    productId: 'P1',
    specId: 'S1',
    companyId: `C-${id}`,
    originator: false,
    consistencyPassedOn: '2020-01-01',
    approvalDate: '2015-01-01',
    group: null,
    marketVolume: null,
    technicalPass: null,
    revival: null,
    regionPreferences: [],
    ...rest,
    packPrice: new Dec(packPrice),
    submittedAt,
    submittedAtInstant: parseInstant(submittedAt) as Dec,
    company: { ...COMPANY, ...company },
  };
}

export function demand(
  institutionId: string,
  regionId: string | null,
  quantity: number,
  extra: Partial<DemandLine> = {},
): DemandLine {
  return {
    institutionId,
    regionId,
    productId: 'P1',
    quantity,
    brandCompanyId: null,
    lastYearVolume: null,
    group: null,
    ...extra,
  };
}

export function round(
  products: Product[],
  bids: Bid[],
  demandLines: DemandLine[] = [],
  regions: string[] | null = ['BJ'],
): RoundInput {
  return { regions, products, bids, demand: demandLines, deadline: '2026-11-20T11:00:00+08:00' };
}
