import type { ReadFile } from '../cli/cli-outcome.js';

/**
 * A small valid round in the contract's JSON form for the command tests, fresh on every call so a
 * test can break one field: two products, three companies, three regions.
 */
export function testRound() {
  const company = (regionsSuppliedLastYear: number) => ({
    creditRank: 0,
    regionsSuppliedLastYear,
    salesVolume: 1000000,
    affiliateGroup: null,
    annualCapacity: null,
    onViolationList: false,
    qualityFailureOn: null,
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
    consistencyPassedOn: '2020-01-01',
    approvalDate: '2015-01-01',
    group: null as string | null,
    marketVolume: null,
    technicalPass: null,
    revival: null,
    regionPreferences: ['BJ'],
    company: company(regions),
  });
  const line = (institutionId: string, regionId: string, productId: string, quantity: number) => ({
    institutionId,
    regionId,
    productId,
    quantity,
    brandCompanyId: null,
    lastYearVolume: null,
    group: null,
  });
  return {
    ruleset: 'nvbp-7' as unknown,
    regions: ['BJ', 'TJ', 'HE'] as string[] | undefined,
    products: [
      {
        id: 'P1',
        name: '阿托伐他汀钙片',
        form: 'oral-solid',
        volumeClass: 'general',
        strengthUnit: 'mg',
        representativeSpecId: 'S1',
        specs: [
          { id: 'S1', strength: '10', unitsPerPack: 14, volumeMl: null, ceiling: '2.0000' } as Record<
            string,
            unknown
          >,
          { id: 'S2', strength: '20', unitsPerPack: 28, volumeMl: null, ceiling: '3.4000' } as Record<
            string,
            unknown
          >,
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
          { id: 'S1', strength: '0.75', unitsPerPack: 1, volumeMl: '10', ceiling: '5.5000' } as Record<
            string,
            unknown
          >,
        ],
      },
    ],
    bids: [
      bid('B1', 'P1', 'S1', 'C1', '10.50', 20),
      bid('B2', 'P1', 'S2', 'C2', '33.60', 18),
      bid('B3', 'P1', 'S1', 'C3', '13.44', 12),
      bid('B4', 'P2', 'S1', 'C1', '2.10', 20),
    ] as Record<string, unknown>[],
    demand: [
      line('H1', 'BJ', 'P1', 100000),
      line('H2', 'TJ', 'P1', 55555),
      line('H3', 'HE', 'P2', 3001),
    ] as Record<string, unknown>[],
    deadline: '2026-11-20T11:00:00+08:00',
  };
}

/** An in-memory file system for the commands; a missing file fails as fs does (ENOENT). */
export function memoryFiles(files: Readonly<Record<string, string>>): ReadFile {
  return (path) => {
    const text = files[path];
    if (text !== undefined) return text;
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  };
}

export function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no element ${i}`);
  return item;
}
