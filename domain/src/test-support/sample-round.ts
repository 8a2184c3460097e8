/**
 * A small valid round in the contract's JSON form, fresh on every call so a test can break one
 * field of it. Two products, four companies, three regions.
 */
export function sampleRoundJson() {
  const company = (creditRank: number, regions: number) => ({
    creditRank,
    regionsSuppliedLastYear: regions,
    salesVolume: 1000000,
    affiliateGroup: null as string | null,
    annualCapacity: null as number | null,
    onViolationList: false,
    qualityFailureOn: null as string | null,
  });
  const bid = (
    id: string,
    productId: string,
    specId: string,
    companyId: string,
    packPrice: string,
    regions: number,
  ) => ({
    id,
    productId,
    specId,
    companyId,
    packPrice,
    submittedAt: '2026-11-20T09:30:00+08:00',
    originator: false,
    consistencyPassedOn: '2020-01-01' as string | null,
    approvalDate: '2015-01-01' as string | null,
    group: null as string | null,
    marketVolume: null as number | null,
    technicalPass: null as boolean | null,
    revival: null as string | null,
    regionPreferences: ['BJ'],
    company: company(0, regions),
  });
  return {
    ruleset: 'nvbp-7' as unknown,
    regions: ['BJ', 'TJ', 'HE'] as string[] | null,
    products: [
      {
        id: 'P1',
        name: '阿托伐他汀钙片',
        form: 'oral-solid',
        volumeClass: 'general',
        strengthUnit: 'mg',
        representativeSpecId: 'S1',
        specs: [
          { id: 'S1', strength: '10', unitsPerPack: 14, volumeMl: null as string | null, ceiling: '2.0000' },
          { id: 'S2', strength: '20', unitsPerPack: 28, volumeMl: null as string | null, ceiling: '3.4000' },
        ],
      },
      {
        id: 'P2',
        name: '注射用头孢呋辛钠',
        form: 'injection',
        volumeClass: 'designated-anti-infective',
        strengthUnit: 'g',
        representativeSpecId: 'S1',
        specs: [
          { id: 'S1', strength: '0.75', unitsPerPack: 1, volumeMl: '10' as string | null, ceiling: '5.5000' },
        ],
      },
    ],
    bids: [
      bid('B1', 'P1', 'S1', 'C1', '10.50', 20),
      bid('B2', 'P1', 'S2', 'C2', '33.60', 18),
      bid('B3', 'P1', 'S1', 'C3', '13.44', 12),
      bid('B4', 'P2', 'S1', 'C1', '2.10', 20),
    ],
    demand: [
      {
        institutionId: 'H1',
        regionId: 'BJ' as string | null,
        productId: 'P1',
        quantity: 100000,
        brandCompanyId: null as string | null,
        lastYearVolume: null as number | null,
        group: null as string | null,
      },
      {
        institutionId: 'H2',
        regionId: 'TJ' as string | null,
        productId: 'P1',
        quantity: 55555,
        brandCompanyId: null as string | null,
        lastYearVolume: null as number | null,
        group: null as string | null,
      },
      {
        institutionId: 'H3',
        regionId: 'HE' as string | null,
        productId: 'P2',
        quantity: 3001,
        brandCompanyId: null as string | null,
        lastYearVolume: null as number | null,
        group: null as string | null,
      },
    ],
    deadline: '2026-11-20T11:00:00+08:00',
  };
}

export type SampleRoundJson = ReturnType<typeof sampleRoundJson>;

/** The sample with one change made by the test. */
export function sampleRoundWith(change: (doc: SampleRoundJson) => void): SampleRoundJson {
  const doc = sampleRoundJson();
  change(doc);
  return doc;
}

export function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no element ${i}`);
  return item;
}

/** Writes a raw JSON field, where a test needs a value the sample's static types do not allow. */
export function put(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}
