/**
 * The round the whole-round test runs: its code, its catalogue (the CSV the office imports), its
 * calendar (days from the round's own clock at set-up) and what each person does in it. Prices
 * and volumes are fixed so that the outcome is the same on every run: c01 and c02 win both
 * products, c03 does not (nvbp-7 rules) and objects.
 */

export const JOURNEY_ROUND = { code: 'JOURNEY-DEMO', name: '全流程演练批次' } as const;

/** The catalogue as a clerk types it: Chinese headers and Chinese names for form and volume class. */
export const CATALOGUE_CSV = [
  '产品编码,通用名,剂型,约定量类别,规格单位,代表品规格编码,规格编码,规格,包装数量,最高有效申报价',
  'AMLO,氨氯地平片,口服常释剂型,一般,mg,S5,S5,5,28,1.2000',
  'METF,二甲双胍片,口服常释剂型,一般,mg,S500,S500,500,60,0.3000',
].join('\r\n');

export interface PlannedProduct {
  readonly code: string;
  readonly name: string;
  readonly specCode: string;
}

export const PRODUCTS: readonly PlannedProduct[] = [
  { code: 'AMLO', name: '氨氯地平片', specCode: 'S5' },
  { code: 'METF', name: '二甲双胍片', specCode: 'S500' },
];

/** Each bidder's pack price per product (元/盒), below the ceiling (AMLO 33.60, METF 18.00). */
export const BIDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'company.c01': { AMLO: '5.60', METF: '6.00' },
  'company.c02': { AMLO: '8.96', METF: '7.20' },
  'company.c03': { AMLO: '30.24', METF: '16.20' },
};
export const BIDDERS = Object.keys(BIDS);

/** What each hospital reports per product: last year's volume and this year's (units). */
export const DEMAND: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'hospital.bj1': { AMLO: 12_000, METF: 30_000 },
  'hospital.bj2': { AMLO: 6_000, METF: 18_000 },
};
export const HOSPITALS = Object.keys(DEMAND);

export const OFFICIALS = ['office.official1', 'office.official2'] as const;

/** People whose browser has JavaScript off: their forms post and answer as plain HTML. */
export const WITHOUT_JAVASCRIPT: ReadonlySet<string> = new Set(['hospital.bj2', 'office.official2']);
/** shares needed to open */
export const K = 2;

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** The Beijing calendar day `days` after `now` (YYYY-MM-DD). */
export const beijingDay = (now: Date, days: number) =>
  new Date(now.getTime() + BEIJING + days * DAY).toISOString().slice(0, 10);

/** The bidding deadline falls on the first working day this many days ahead, or later. */
export const CLOSING_DAYS_AHEAD = 8;

/**
 * The round's calendar as the office types it (Beijing wall-clock time), days ahead of `now`:
 * demand from tomorrow for two days, bidding from the fifth day to `closing` (a working day: the
 * set-up page holds the deadline and the opening there).
 */
export function calendarFrom(now: Date, closing: number) {
  return {
    demandOpensAt: `${beijingDay(now, 1)}T09:00`,
    demandClosesAt: `${beijingDay(now, 3)}T17:00`,
    biddingOpensAt: `${beijingDay(now, 5)}T09:00`,
    biddingClosesAt: `${beijingDay(now, closing)}T10:00`,
    openingAt: `${beijingDay(now, closing)}T10:30`,
    objectionWorkingDays: 3,
  };
}
