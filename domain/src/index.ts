// The package's public surface, named one by one.
export { invariant } from './invariant.js';
export { Dec, ZERO, ONE } from './money/decimal.js';
export { round2, round4, formatDecimal } from './money/rounding.js';
export type { Quantity } from './money/quantity-sum.js';
export { parseInstant } from './dates/instant.js';
export { isCalendarDate, deadlineDate } from './dates/calendar-date.js';
export * from './round-input.js';
export * from './evaluation-result.js';
export { REASON_CODES, type ReasonCode } from './eligibility/reason-codes.js';
export * from './rulesets/ruleset.js';
export {
  BUILT_IN_RULESETS,
  BUILT_IN_RULESET_NAMES,
  findBuiltInRuleset,
} from './rulesets/built-in-rulesets.js';
export { applyOverrides, OVERRIDE_KEYS, type RulesetOverrides } from './rulesets/apply-overrides.js';
export { evaluate } from './evaluate.js';
export { serializeResult, serializeResultChunks } from './serialize-result.js';
export { revivalOffersOf, type RevivalOfferValues } from './selection/revival-offers-of.js';
export {
  checkRoundAgainstRuleset,
  decodeRoundInput,
  type DecodedRound,
  type InputProblem,
} from './input/decode-round-input.js';
export { decodeRulesetChoice } from './input/decode-ruleset.js';
export { DemandDecoder } from './input/decode-demand.js';
export {
  DEFAULT_EXECUTION_RULES,
  SURPLUS_GRADES,
  type ExecutionRules,
  type SurplusGrade,
} from './execution/execution-rules.js';
export { paymentDueDate, paymentStatus, type PaymentStatus } from './execution/payment-due.js';
export { minimumPrepayment } from './execution/prepayment.js';
export {
  paymentDueOn,
  invoiceStatus,
  daysOverdue,
  rulesetPaymentTerms,
  type PaymentTerms,
} from './execution/payment-clock.js';
export { contractedAmount } from './execution/contracted-amount.js';
export { surplusRetention } from './execution/surplus-retention.js';
export {
  explainSurplus,
  formatMoney,
  type SurplusExplained,
  type SurplusStep,
} from './execution/surplus-explained.js';
export { checkNonWinnerCap } from './execution/non-winner-cap.js';
export { measureProgress, isSupplierLagging, type Progress } from './execution/progress.js';
export { passRegionsToBackup } from './execution/pass-to-backup.js';
export {
  nonWinnerPriceCap,
  planListingChanges,
  type CurrentListing,
  type ListingPlan,
  type ListingReason,
  type ListingRules,
  type ListingWinner,
  type PackPrice,
} from './execution/listing-rules.js';
export { backupVolume } from './execution/backup-volume.js';
export { agreementCycle, type AgreementCycle } from './execution/agreement-cycle.js';
export {
  AGREEMENT_STATUSES,
  SIGNING_SIDES,
  agreementStatus,
  isLineActive,
  isLineInCycle,
  type AgreementFacts,
  type AgreementLineTerm,
  type AgreementStanding,
  type AgreementStatus,
  type SigningParty,
} from './execution/agreement-status.js';
export { priceOrder, type PricedOrder } from './execution/order-pricing.js';
export {
  countedPacks,
  fulfilmentStatus,
  packsToDeliver,
  type DeliveryCount,
  type FulfilmentStatus,
} from './execution/order-fulfilment.js';
export {
  deliveryDays,
  fillRate,
  nearestRankPercentile,
  responseHours,
  supplyFigures,
  type Histogram,
  type SupplyFigures,
} from './execution/supply-figures.js';
export {
  inventoryReportDue,
  type InventoryReportDue,
  type InventoryReportStatus,
} from './execution/inventory-due.js';
export { checkUscc, usccCheckCharacter, type UsccProblem } from './identity/uscc.js';
export * from './round-lifecycle/round-state.js';
export { decideRound, evolveRound, checkRoundCalendar } from './round-lifecycle/decide-round.js';
export {
  areRegionSettingsFixed,
  DEADLINE_EXTENSION_STATES,
  hasReachedState,
  isAfterBidding,
  isBeforeBidding,
  isRoundVisibleTo,
  takesDeadlineExtensions,
  takesRegistrations,
} from './round-lifecycle/state-predicates.js';
export {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  type CalendarExceptions,
} from './calendar/working-days.js';
export { formatShanghai, shanghaiDate, shanghaiInstant } from './calendar/shanghai-time.js';
export * from './outages/extend-deadline.js';
export {
  startRegionSelection,
  nextRegionTurn,
  applyRegionPick,
  automaticRegionPick,
  type RegionSelectionState,
  type RegionTurn,
} from './regions/online-selection.js';
export {
  allocateWithAssignment,
  agreedVolumeByRegion,
  type SupplyAssignment,
  type AssignedVolume,
} from './regions/allocate-demand.js';
export type { Picker } from './regions/region-picks.js';
export {
  classifyDemandOutlier,
  demandRatio,
  DEMAND_OUTLIER_ABOVE,
  DEMAND_OUTLIER_BELOW,
  type DemandOutlier,
} from './volume/demand-outlier.js';
