import { m } from '$lib/paraglide/messages.js';
import type { DeadlineKind } from './round-steps';

/** Round states and deadlines as the office reads them (message keys, never hard-coded text). */
const STATES: Record<string, () => string> = {
  draft: m.office_state_draft,
  published: m.office_state_published,
  'demand-open': m.office_state_demand_open,
  'demand-closed': m.office_state_demand_closed,
  'demand-locked': m.office_state_demand_locked,
  'bidding-open': m.office_state_bidding_open,
  'bidding-closed': m.office_state_bidding_closed,
  'technical-opened': m.office_state_technical_opened,
  'revival-window': m.office_state_revival_window,
  evaluated: m.office_state_evaluated,
  'objection-period': m.office_state_objection_period,
  awarded: m.office_state_awarded,
  'region-selection': m.office_state_region_selection,
  'volumes-agreed': m.office_state_volumes_agreed,
  cancelled: m.office_state_cancelled,
};

export const stateLabel = (state: string) => STATES[state]?.() ?? state;

const DEADLINES: Record<DeadlineKind, () => string> = {
  demandOpens: m.office_deadline_demand_opens,
  demandCloses: m.office_deadline_demand_closes,
  biddingOpens: m.office_deadline_bidding_opens,
  biddingCloses: m.office_deadline_bidding_closes,
  opening: m.office_deadline_opening,
  objectionEnds: m.office_deadline_objection_ends,
  regionTurn: m.office_deadline_region_turn,
};

export const deadlineLabel = (kind: DeadlineKind) => DEADLINES[kind]();
