/**
 * The round the ruleset preview runs on when no round has been evaluated yet: the command-line
 * example of docs/examples/14-command-line/round.json (docs/rules.md §14), kept here so the API
 * ships it (docs/ is not part of the build). ruleset-preview.test.ts proves the two stay equal.
 */
export const PREVIEW_SAMPLE_ROUND: unknown = {
  ruleset: 'nvbp-7',
  regions: ['BJ', 'TJ', 'HE'],
  deadline: '2026-11-20T11:00:00+08:00',
  products: [
    {
      id: 'P1',
      name: '阿托伐他汀钙片',
      form: 'oral-solid',
      volumeClass: 'general',
      strengthUnit: 'mg',
      representativeSpecId: 'S1',
      specs: [
        {
          id: 'S1',
          strength: '10',
          unitsPerPack: 14,
          ceiling: '1.0000',
        },
      ],
    },
  ],
  bids: [
    {
      id: 'B1',
      productId: 'P1',
      specId: 'S1',
      companyId: 'C1',
      packPrice: '7.00',
      submittedAt: '2026-11-20T09:00:00+08:00',
      originator: false,
      consistencyPassedOn: '2020-01-01',
      regionPreferences: ['HE'],
      company: {
        creditRank: 0,
        regionsSuppliedLastYear: 20,
        salesVolume: 1000000,
        onViolationList: false,
      },
    },
    {
      id: 'B2',
      productId: 'P1',
      specId: 'S1',
      companyId: 'C2',
      packPrice: '8.40',
      submittedAt: '2026-11-20T09:10:00+08:00',
      originator: false,
      consistencyPassedOn: '2021-03-01',
      regionPreferences: ['TJ'],
      company: {
        creditRank: 0,
        regionsSuppliedLastYear: 12,
        salesVolume: 500000,
        onViolationList: false,
      },
    },
    {
      id: 'B3',
      productId: 'P1',
      specId: 'S1',
      companyId: 'C3',
      packPrice: '12.60',
      submittedAt: '2026-11-20T09:20:00+08:00',
      originator: true,
      company: {
        creditRank: 1,
        regionsSuppliedLastYear: 5,
        salesVolume: 90000,
        onViolationList: false,
      },
    },
  ],
  demand: [
    {
      institutionId: 'H1',
      regionId: 'BJ',
      productId: 'P1',
      quantity: 10000,
    },
    {
      institutionId: 'H2',
      regionId: 'TJ',
      productId: 'P1',
      quantity: 5001,
    },
    {
      institutionId: 'H3',
      regionId: 'HE',
      productId: 'P1',
      quantity: 2000,
    },
  ],
};
