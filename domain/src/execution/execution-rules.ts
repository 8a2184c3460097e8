/** docs/rules.md §12: the numbers of execution after award, as parameters (decimal strings for shares). */
export interface ExecutionRules {
  /** payment (回款) is due this many calendar days after acceptance (验收) */
  readonly paymentDueDays: number;
  /** count `paymentDueDays` in working days of the office's calendar (holidays off, 调休 on) instead of calendar days */
  readonly paymentDueInWorkingDays: boolean;
  /** medical-insurance prepayment (医保基金预付): at least this share of the annual contracted amount */
  readonly prepayShare: string;
  /** surplus retention (结余留用) share by assessment grade */
  readonly surplusShares: Readonly<Record<SurplusGrade, string>>;
  /** a hospital is behind when purchased/agreed trails the linear pace by more than this */
  readonly paceTolerance: string;
  /** a supplier lags when delivered/ordered falls below this */
  readonly deliveryLagThreshold: string;
  /** winners report a month's stock (库存) by this day of the next month (1–28) */
  readonly inventoryReportDay: number;
  /** listing (挂网): a non-winner's listed unit price may not exceed the highest awarded unit price × this */
  readonly nonWinnerListedPriceCapRatio: string;
  /** listing: a company listed for a product of the round that did not bid is delisted (撤网) */
  readonly delistNonBidders: boolean;
}

export const SURPLUS_GRADES = ['A', 'B', 'C', 'D'] as const;
export type SurplusGrade = (typeof SURPLUS_GRADES)[number];

export const DEFAULT_EXECUTION_RULES: ExecutionRules = {
  paymentDueDays: 30,
  paymentDueInWorkingDays: false,
  prepayShare: '0.30',
  surplusShares: { A: '0.50', B: '0.40', C: '0.30', D: '0' },
  paceTolerance: '0.10',
  deliveryLagThreshold: '0.90',
  inventoryReportDay: 10,
  nonWinnerListedPriceCapRatio: '2.00',
  delistNonBidders: true,
};
