/** The life of a round, in order. Later issues extend it past bidding. */
export const ROUND_STATES = [
  'draft',
  'published',
  'demand-open',
  'demand-closed',
  'demand-locked',
  'bidding-open',
  'bidding-closed',
  // after the deadline (sealed bidding to award)
  'technical-opened',
  'revival-window',
  'evaluated',
  'objection-period',
  'awarded',
  'region-selection',
  'volumes-agreed',
  'cancelled',
] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** A state as the office's clerks call it (the portal's words), for the Chinese of a refusal. */
const ROUND_STATE_ZH: Readonly<Record<RoundState, string>> = {
  draft: '草稿',
  published: '已发布',
  'demand-open': '报量中',
  'demand-closed': '报量已截止',
  'demand-locked': '采购量已锁定',
  'bidding-open': '投标中',
  'bidding-closed': '投标已截止，待开标',
  'technical-opened': '技术标已开启',
  'revival-window': '复活应答期',
  evaluated: '评审完成',
  'objection-period': '拟中选结果公示（异议期）',
  awarded: '中选结果已公布',
  'region-selection': '选择供应地区中',
  'volumes-agreed': '约定采购量已确定',
  cancelled: '已取消',
};

export const roundStateZh = (state: string): string =>
  (ROUND_STATE_ZH as Readonly<Record<string, string>>)[state] ?? state;

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
  /** after bidding: what opening, revival and objections need to know */
  readonly award?: AwardSnapshot;
}

export interface AwardSnapshot {
  readonly dualEnvelope: boolean;
  /** revival offers not yet answered */
  readonly pendingRevivalOffers: number;
  readonly revivalClosesAt: Date | null;
  /** end of the objection period (异议期), from the calendar's working days */
  readonly objectionEndsAt: Date | null;
  /** objections filed and not yet answered */
  readonly openObjections: number;
}

export type RoundCommand =
  | { readonly type: 'publish' }
  | { readonly type: 'lock-demand' }
  | { readonly type: 'cancel'; readonly reason: string }
  /** the scheduler: apply every timed transition due at `now` */
  | { readonly type: 'tick' }
  | { readonly type: 'open-technical' }
  /** k officials' shares were combined and the evaluation ran; `revivalOffers` offers went out */
  | { readonly type: 'open'; readonly revivalOffers: number }
  | { readonly type: 'close-revival' }
  | { readonly type: 'publish-proposed' }
  /** an upheld objection re-ran the evaluation: the proposed result is republished */
  | { readonly type: 'correct-result' }
  | { readonly type: 'fix-award' }
  | { readonly type: 'start-region-selection' }
  | { readonly type: 'complete-region-selection' };

export type RoundEvent =
  | { readonly type: 'round-published' }
  | { readonly type: 'demand-opened' }
  | { readonly type: 'demand-closed' }
  | { readonly type: 'demand-locked' }
  | { readonly type: 'bidding-opened' }
  | { readonly type: 'bidding-closed' }
  | { readonly type: 'round-cancelled'; readonly reason: string }
  | { readonly type: 'technical-envelope-opened' }
  | { readonly type: 'bids-opened'; readonly revival: boolean }
  | { readonly type: 'revival-closed' }
  | { readonly type: 'proposed-winners-published' }
  | { readonly type: 'result-corrected' }
  | { readonly type: 'award-fixed' }
  | { readonly type: 'region-selection-started' }
  | { readonly type: 'volumes-agreed' };

export const ROUND_REFUSALS = [
  'NOT_IN_DRAFT',
  'CALENDAR_MISSING',
  'CATALOGUE_EMPTY',
  'NO_REGIONS',
  'DEMAND_NOT_CLOSED',
  'DEMAND_REVIEW_PENDING',
  'ALREADY_FINAL',
  'CALENDAR_IN_PAST',
  'WRONG_STATE',
  'TECHNICAL_ENVELOPE_FIRST',
  'REVIVAL_PENDING',
  'OBJECTION_PERIOD_RUNNING',
  'OBJECTIONS_OPEN',
] as const;
export type RoundRefusalCode = (typeof ROUND_REFUSALS)[number];

export type RoundDecision =
  | { readonly ok: true; readonly events: readonly RoundEvent[] }
  | {
      readonly ok: false;
      readonly code: RoundRefusalCode;
      readonly message: string;
      /** the same refusal in Chinese (zh-CN), for the API's `detailZh` */
      readonly messageZh: string;
    };
