import { ROUND_STATES, type RoundState } from '../round-lifecycle/round-state.js';

/**
 * The outage formula a round publishes with its calendar (系统故障顺延规则). The default: a deadline
 * falling within an outage, or within 60 minutes after it ends, moves to the later of
 * (deadline + the outage's duration) and (the outage's end + 30 minutes), so no bidder loses the time
 * the platform was down, and everyone has at least half an hour after it comes back.
 */
export interface OutageFormula {
  /** a deadline up to this many minutes after an outage ends is extended too */
  readonly graceAfterMinutes: number;
  /** what is added to the deadline: the outage's own duration, or a fixed number of minutes */
  readonly extensionMinutes: 'outage-duration' | number;
  /** the extended deadline is never sooner than this many minutes after the outage ends */
  readonly minimumExtensionMinutes: number;
}

export const DEFAULT_OUTAGE_FORMULA: OutageFormula = {
  graceAfterMinutes: 60,
  extensionMinutes: 'outage-duration',
  minimumExtensionMinutes: 30,
};

export interface OutagePeriod {
  readonly startsAt: Date;
  /** for an outage still running, the caller passes its provisional end (the database's now) */
  readonly endsAt: Date;
}

export type ExtensionReason = 'DEADLINE_WITHIN_OUTAGE' | 'DEADLINE_WITHIN_GRACE_AFTER_OUTAGE';

export interface AppliedExtension<O extends OutagePeriod> {
  readonly outage: O;
  readonly from: Date;
  readonly to: Date;
  readonly reason: ExtensionReason;
}

const MINUTE = 60_000;

/**
 * A deadline after the outages, by the round's formula. Applied until nothing changes, each outage
 * at most once (so a short minimum inside the grace period cannot loop): an extension landing in or
 * just after another outage is extended again by that one.
 */
export function extendDeadline<O extends OutagePeriod>(
  deadline: Date,
  outages: readonly O[],
  formula: OutageFormula = DEFAULT_OUTAGE_FORMULA,
): { deadline: Date; applied: AppliedExtension<O>[] } {
  const pending = [...outages].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const applied: AppliedExtension<O>[] = [];
  let current = deadline;
  for (;;) {
    const index = pending.findIndex((o) => reasonToExtend(current, o, formula) !== null);
    if (index < 0) return { deadline: current, applied };
    const outage = pending.splice(index, 1)[0] as O;
    const reason = reasonToExtend(current, outage, formula) as ExtensionReason;
    const end = outage.endsAt.getTime();
    const added =
      formula.extensionMinutes === 'outage-duration'
        ? end - outage.startsAt.getTime()
        : formula.extensionMinutes * MINUTE;
    const to = new Date(Math.max(current.getTime() + added, end + formula.minimumExtensionMinutes * MINUTE));
    applied.push({ outage, from: current, to, reason });
    current = to;
  }
}

function reasonToExtend(
  deadline: Date,
  outage: OutagePeriod,
  formula: OutageFormula,
): ExtensionReason | null {
  const at = deadline.getTime();
  const end = outage.endsAt.getTime();
  if (at >= outage.startsAt.getTime() && at <= end) return 'DEADLINE_WITHIN_OUTAGE';
  if (at > end && at <= end + formula.graceAfterMinutes * MINUTE) return 'DEADLINE_WITHIN_GRACE_AFTER_OUTAGE';
  return null;
}

/** The calendar steps an outage can move; bidding opens only when a moved demand close pushes it. */
export const EXTENDABLE_STEPS = ['demandClosesAt', 'biddingOpensAt', 'biddingClosesAt', 'openingAt'] as const;
export type ExtendableStep = (typeof EXTENDABLE_STEPS)[number];
export type ExtendableCalendar = Readonly<Record<ExtendableStep, Date>>;

/** The step each calendar time triggers: once the round is past it, the time no longer moves. */
const STEP_STATE: Readonly<Record<ExtendableStep, RoundState>> = {
  demandClosesAt: 'demand-closed',
  biddingOpensAt: 'bidding-open',
  biddingClosesAt: 'bidding-closed',
  openingAt: 'technical-opened',
};

/** Whether a published round still waits for the step: neither cancelled nor already past it. */
export function isStepPending(state: RoundState, step: ExtendableStep): boolean {
  if (state === 'draft' || state === 'cancelled') return false;
  return ROUND_STATES.indexOf(state) < ROUND_STATES.indexOf(STEP_STATE[step]);
}

export interface StepChange<O extends OutagePeriod> {
  readonly step: ExtendableStep;
  readonly from: Date;
  readonly to: Date;
  /** empty when the step only moved to keep the calendar in order */
  readonly applied: readonly AppliedExtension<O>[];
}

/**
 * A round's calendar after the outages: each deadline still pending (demand close, bid deadline,
 * opening) is extended by the formula, and later steps keep their order — bidding opens no earlier
 * than demand closes, the bidding window keeps its published length when its start moves, and the
 * opening is never before the bid deadline. `base` is the calendar as published (before earlier
 * extensions), so recomputing after every outage record never counts an outage twice.
 */
export function extendRoundCalendar<O extends OutagePeriod>(
  base: ExtendableCalendar,
  state: RoundState,
  outages: readonly O[],
  formula: OutageFormula = DEFAULT_OUTAGE_FORMULA,
): { calendar: ExtendableCalendar; changes: StepChange<O>[] } {
  const changes: StepChange<O>[] = [];
  // each pending step is extended from its own published time, then raised to the floor the step
  // before it sets: a step pushed by another is not extended again for the same outage
  const move = (step: ExtendableStep, floor: Date): Date => {
    const result = isStepPending(state, step)
      ? extendDeadline(base[step], outages, formula)
      : { deadline: base[step], applied: [] };
    const to = later(result.deadline, floor);
    if (to.getTime() !== base[step].getTime()) {
      const applied = to === result.deadline ? result.applied : [];
      changes.push({ step, from: base[step], to, applied });
    }
    return to;
  };
  const demandClosesAt = move('demandClosesAt', base.demandClosesAt);
  const biddingOpensAt = isStepPending(state, 'biddingOpensAt')
    ? later(base.biddingOpensAt, demandClosesAt)
    : base.biddingOpensAt;
  if (biddingOpensAt.getTime() !== base.biddingOpensAt.getTime()) {
    changes.push({ step: 'biddingOpensAt', from: base.biddingOpensAt, to: biddingOpensAt, applied: [] });
  }
  const windowShift = biddingOpensAt.getTime() - base.biddingOpensAt.getTime();
  const biddingClosesAt = move('biddingClosesAt', new Date(base.biddingClosesAt.getTime() + windowShift));
  const openingAt = move('openingAt', biddingClosesAt);
  return { calendar: { demandClosesAt, biddingOpensAt, biddingClosesAt, openingAt }, changes };
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
