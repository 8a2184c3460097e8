import {
  addWorkingDays,
  decodeRulesetChoice,
  formatShanghai,
  shanghaiDate,
  type CalendarExceptions,
  type RoundCalendar,
  type RoundSnapshot,
} from '@jicai/domain';
import type { Selectable } from 'kysely';
import type { ProductRow } from './catalogue.repository.js';
import type { RoundSnapshotRow, RoundViewRow } from './rounds.repository.js';
import type { RoundTable } from './rounds.table.js';

type CalendarColumns = Pick<
  Selectable<RoundTable>,
  | 'demand_opens_at'
  | 'demand_closes_at'
  | 'bidding_opens_at'
  | 'bidding_closes_at'
  | 'opening_at'
  | 'objection_working_days'
>;

/** The domain's calendar, or null while the office has not set it (the schema keeps it all-or-nothing). */
export function toRoundCalendar(row: CalendarColumns): RoundCalendar | null {
  const {
    demand_opens_at,
    demand_closes_at,
    bidding_opens_at,
    bidding_closes_at,
    opening_at,
    objection_working_days,
  } = row;
  if (
    !demand_opens_at ||
    !demand_closes_at ||
    !bidding_opens_at ||
    !bidding_closes_at ||
    !opening_at ||
    objection_working_days === null
  ) {
    return null;
  }
  return {
    demandOpensAt: demand_opens_at,
    demandClosesAt: demand_closes_at,
    biddingOpensAt: bidding_opens_at,
    biddingClosesAt: bidding_closes_at,
    openingAt: opening_at,
    objectionWorkingDays: objection_working_days,
  };
}

/** The domain's view of a round for decideRound; demand reports awaiting review are counted elsewhere. */
export function toRoundSnapshot(row: RoundSnapshotRow, pendingDemandReports: number): RoundSnapshot {
  return {
    state: row.state,
    calendar: toRoundCalendar(row),
    productCount: Number(row.product_count ?? 0),
    regionCount: Number(row.region_count ?? 0),
    pendingDemandReports,
  };
}

/**
 * The calendar in Shanghai time. The proposed winners are announced on the opening day, so the
 * objection period (异议期) ends with the n-th working day after the opening's Shanghai date,
 * counted on the office's calendar (holidays off, 调休 weekends on).
 */
export function toCalendarView(calendar: RoundCalendar, exceptions: CalendarExceptions) {
  return {
    demandOpensAt: formatShanghai(calendar.demandOpensAt),
    demandClosesAt: formatShanghai(calendar.demandClosesAt),
    biddingOpensAt: formatShanghai(calendar.biddingOpensAt),
    biddingClosesAt: formatShanghai(calendar.biddingClosesAt),
    openingAt: formatShanghai(calendar.openingAt),
    objectionWorkingDays: calendar.objectionWorkingDays,
    objectionEndsOn: addWorkingDays(
      shanghaiDate(calendar.openingAt),
      calendar.objectionWorkingDays,
      exceptions,
    ),
  };
}

/** The resolved ruleset's name: frozen once published, else resolved from the current choice. */
function rulesetName(row: RoundViewRow): string | null {
  if (row.ruleset_frozen) return row.ruleset_frozen.name;
  const decoded = decodeRulesetChoice(row.ruleset);
  return decoded.ok ? decoded.ruleset.name : null;
}

export function toRoundView(row: RoundViewRow, exceptions: CalendarExceptions) {
  const calendar = toRoundCalendar(row);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    state: row.state,
    ruleset: row.ruleset,
    rulesetName: rulesetName(row),
    rulesetFrozen: row.ruleset_frozen as unknown,
    regions: row.regions.map((r) => ({ code: r.code, name: r.name })),
    calendar: calendar ? toCalendarView(calendar, exceptions) : null,
    productCount: Number(row.product_count ?? 0),
    createdAt: formatShanghai(row.created_at),
    publishedAt: row.published_at ? formatShanghai(row.published_at) : null,
  };
}

export function toProductView(row: ProductRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    form: row.form,
    volumeClass: row.volume_class,
    strengthUnit: row.strength_unit,
    nationalDrugCode: row.national_drug_code,
    representativeSpecCode: row.representative_spec_code,
    groups: row.groups,
    specs: row.specs.map((s) => ({
      id: s.id,
      code: s.code,
      strength: s.strength,
      unitsPerPack: s.unit_count,
      volumeMl: s.volume_ml,
      ceiling: s.ceiling,
    })),
  };
}
