/** The life of a round, in order. Later issues extend it past bidding. */
export const ROUND_STATES = [
  'draft',
  'published',
  'demand-open',
  'demand-closed',
  'demand-locked',
  'bidding-open',
  'bidding-closed',
  'cancelled',
] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** The published calendar: instants, judged against the database clock. */
export interface RoundCalendar {
  readonly demandOpensAt: Date;
  readonly demandClosesAt: Date;
  readonly biddingOpensAt: Date;
  readonly biddingClosesAt: Date;
  readonly openingAt: Date;
  /** objection period (异议期) after the proposed winners are published, in working days */
  readonly objectionWorkingDays: number;
}

/** What the state machine needs to know about a round to decide. */
export interface RoundSnapshot {
  readonly state: RoundState;
  readonly calendar: RoundCalendar | null;
  readonly productCount: number;
  readonly regionCount: number;
  /** demand reports still waiting for a region reviewer */
  readonly pendingDemandReports: number;
}

export type RoundCommand =
  | { readonly type: 'publish' }
  | { readonly type: 'lock-demand' }
  | { readonly type: 'cancel'; readonly reason: string }
  /** the scheduler: apply every timed transition due at `now` */
  | { readonly type: 'tick' };

export type RoundEvent =
  | { readonly type: 'round-published' }
  | { readonly type: 'demand-opened' }
  | { readonly type: 'demand-closed' }
  | { readonly type: 'demand-locked' }
  | { readonly type: 'bidding-opened' }
  | { readonly type: 'bidding-closed' }
  | { readonly type: 'round-cancelled'; readonly reason: string };

export const ROUND_REFUSALS = [
  'NOT_IN_DRAFT',
  'CALENDAR_MISSING',
  'CATALOGUE_EMPTY',
  'NO_REGIONS',
  'DEMAND_NOT_CLOSED',
  'DEMAND_REVIEW_PENDING',
  'ALREADY_FINAL',
  'CALENDAR_IN_PAST',
] as const;
export type RoundRefusalCode = (typeof ROUND_REFUSALS)[number];

export type RoundDecision =
  | { readonly ok: true; readonly events: readonly RoundEvent[] }
  | { readonly ok: false; readonly code: RoundRefusalCode; readonly message: string };
