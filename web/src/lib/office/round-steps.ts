/**
 * What the office can do next with a round, by its state: the office console's functional core.
 * Timed steps (demand opens and closes, bidding opens and closes, the revival window and the region
 * turns run out) are the scheduler's: the office moves them on only through the rehearsal clock.
 */

export type OfficeAction =
  | 'technicalReview'
  | 'closeRevival'
  | 'publishProposed'
  | 'answerObjection'
  | 'publishAward'
  | 'startRegionSelection';

export function actionsFor(state: string, dualEnvelope: boolean): OfficeAction[] {
  switch (state) {
    case 'technical-opened':
      return dualEnvelope ? ['technicalReview'] : [];
    case 'revival-window':
      return ['closeRevival'];
    case 'evaluated':
      return ['publishProposed'];
    case 'objection-period':
      return ['answerObjection', 'publishAward'];
    case 'awarded':
      return ['startRegionSelection'];
    default:
      return [];
  }
}

export interface CalendarTimes {
  readonly demandOpensAt: string;
  readonly demandClosesAt: string;
  readonly biddingOpensAt: string;
  readonly biddingClosesAt: string;
  readonly openingAt: string;
  /** Asia/Shanghai date: the objection period ends at 17:00 that day */
  readonly objectionEndsOn: string;
}

export type DeadlineKind =
  | 'demandOpens'
  | 'demandCloses'
  | 'biddingOpens'
  | 'biddingCloses'
  | 'opening'
  | 'objectionEnds'
  | 'regionTurn';

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly at: string;
}

/**
 * The deadline the round waits for in its state, if any. The objection period ends at 17:00 of
 * the calendar's last objection day (the proposed winners are published on the opening day).
 */
export function nextDeadline(
  state: string,
  calendar: CalendarTimes | null,
  turnDeadlines: readonly string[] = [],
): Deadline | null {
  if (state === 'region-selection') {
    const first = [...turnDeadlines].sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    return first ? { kind: 'regionTurn', at: first } : null;
  }
  if (!calendar) return null;
  switch (state) {
    case 'published':
      return { kind: 'demandOpens', at: calendar.demandOpensAt };
    case 'demand-open':
      return { kind: 'demandCloses', at: calendar.demandClosesAt };
    case 'demand-closed':
    case 'demand-locked':
      return { kind: 'biddingOpens', at: calendar.biddingOpensAt };
    case 'bidding-open':
      return { kind: 'biddingCloses', at: calendar.biddingClosesAt };
    case 'bidding-closed':
      return { kind: 'opening', at: calendar.openingAt };
    case 'objection-period':
      return { kind: 'objectionEnds', at: `${calendar.objectionEndsOn}T17:00:00+08:00` };
    default:
      return null;
  }
}

/**
 * When the platform's clock (which every countdown on the page runs on) reaches the round's
 * deadline: a round on a rehearsal clock runs `speed` times faster from its own `roundNow`.
 */
export function countdownTarget(deadline: string, roundNow: string, platformNow: string, speed = 1): string {
  const left = (Date.parse(deadline) - Date.parse(roundNow)) / (speed > 0 ? speed : 1);
  return new Date(Date.parse(platformNow) + left).toISOString();
}
