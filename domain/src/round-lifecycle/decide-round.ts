import { roundStateZh } from './round-state.js';
import { awardTimedStep, decideAward } from './decide-award.js';
import type {
  AwardSnapshot,
  RoundCalendar,
  RoundCommand,
  RoundDecision,
  RoundEvent,
  RoundSnapshot,
  RoundState,
} from './round-state.js';

const refuse = (
  code: Extract<RoundDecision, { ok: false }>['code'],
  message: string,
  messageZh: string,
): RoundDecision => ({ ok: false, code, message, messageZh });

/**
 * The round state machine as a decider: state + command + now → events, or a refusal saying why.
 * Pure: the database clock's `now` is an argument. A tick applies every timed transition already due,
 * so a scheduler that was down catches up in one step.
 */
export function decideRound(round: RoundSnapshot, command: RoundCommand, now: Date): RoundDecision {
  switch (command.type) {
    case 'publish': {
      if (round.state !== 'draft')
        return refuse(
          'NOT_IN_DRAFT',
          `only a draft round can be published (it is ${round.state})`,
          `只有草稿状态的轮次才能发布（当前状态：${round.state}）`,
        );
      if (!round.calendar)
        return refuse('CALENDAR_MISSING', 'set the calendar before publishing', '发布前请先设置日程');
      if (round.productCount === 0)
        return refuse(
          'CATALOGUE_EMPTY',
          'add at least one product to the catalogue before publishing',
          '发布前请在品种目录中至少添加一个产品',
        );
      if (round.regionCount === 0)
        return refuse(
          'NO_REGIONS',
          'the round needs the regions of its alliance',
          '本轮次须包含其联盟的各区域',
        );
      if (round.calendar.demandClosesAt <= now)
        return refuse(
          'CALENDAR_IN_PAST',
          'the demand window closes before now: move the calendar',
          '报量截止时间早于当前时间：请调整日程',
        );
      return {
        ok: true,
        events: [{ type: 'round-published' }, ...dueTimedEvents('published', round.calendar, now)],
      };
    }
    case 'lock-demand': {
      if (round.state !== 'demand-closed')
        return refuse(
          'DEMAND_NOT_CLOSED',
          `demand can be locked once the window has closed (the round is ${round.state})`,
          `报量期结束后才能锁定报量（当前批次状态：${roundStateZh(round.state)}）`,
        );
      if (round.pendingDemandReports > 0) {
        return refuse(
          'DEMAND_REVIEW_PENDING',
          `${round.pendingDemandReports} demand report(s) still wait for a region reviewer`,
          `仍有 ${round.pendingDemandReports} 份报量等待区域审核`,
        );
      }
      const calendar = round.calendar as RoundCalendar;
      return {
        ok: true,
        events: [{ type: 'demand-locked' }, ...dueTimedEvents('demand-locked', calendar, now)],
      };
    }
    case 'cancel':
      // once awarded, contracts follow: a round can be cancelled up to the award, not after it
      if (['cancelled', 'awarded', 'region-selection', 'volumes-agreed'].includes(round.state)) {
        return refuse(
          'ALREADY_FINAL',
          `a ${round.state} round cannot be cancelled`,
          `处于 ${round.state} 状态的轮次不能取消`,
        );
      }
      return { ok: true, events: [{ type: 'round-cancelled', reason: command.reason }] };
    case 'tick':
      return { ok: true, events: dueTimedEvents(round.state, round.calendar, now, round.award) };
    case 'open-technical':
    case 'open':
    case 'close-revival':
    case 'publish-proposed':
    case 'correct-result':
    case 'fix-award':
    case 'start-region-selection':
    case 'complete-region-selection':
      return decideAward(round, command, now);
    default: {
      const exhaustive: never = command;
      throw new Error(`unknown round command ${JSON.stringify(exhaustive)}`);
    }
  }
}

/** The state after an event. */
export function evolveRound(state: RoundState, event: RoundEvent): RoundState {
  switch (event.type) {
    case 'round-published':
      return 'published';
    case 'demand-opened':
      return 'demand-open';
    case 'demand-closed':
      return 'demand-closed';
    case 'demand-locked':
      return 'demand-locked';
    case 'bidding-opened':
      return 'bidding-open';
    case 'bidding-closed':
      return 'bidding-closed';
    case 'round-cancelled':
      return 'cancelled';
    case 'technical-envelope-opened':
      return 'technical-opened';
    case 'bids-opened':
      return event.revival ? 'revival-window' : 'evaluated';
    case 'revival-closed':
      return 'evaluated';
    case 'proposed-winners-published':
      return 'objection-period';
    case 'result-corrected':
      return 'objection-period';
    case 'award-fixed':
      return 'awarded';
    case 'region-selection-started':
      return 'region-selection';
    case 'volumes-agreed':
      return 'volumes-agreed';
    default: {
      const exhaustive: never = event;
      throw new Error(`unknown round event ${JSON.stringify(exhaustive)}`);
    }
  }
}

/** Timed transitions due at `now`, chained from `state`. Bidding waits for the office to lock demand. */
function dueTimedEvents(
  from: RoundState,
  calendar: RoundCalendar | null,
  now: Date,
  award?: AwardSnapshot,
): RoundEvent[] {
  const events: RoundEvent[] = [];
  let state = from;
  for (;;) {
    const next = (calendar && timedStep(state, calendar, now)) ?? awardTimedStep(state, award, now);
    if (!next) return events;
    events.push(next);
    state = evolveRound(state, next);
  }
}

function timedStep(state: RoundState, calendar: RoundCalendar, now: Date): RoundEvent | null {
  if (state === 'published' && calendar.demandOpensAt <= now) return { type: 'demand-opened' };
  if (state === 'demand-open' && calendar.demandClosesAt <= now) return { type: 'demand-closed' };
  if (state === 'demand-locked' && calendar.biddingOpensAt <= now) return { type: 'bidding-opened' };
  if (state === 'bidding-open' && calendar.biddingClosesAt <= now) return { type: 'bidding-closed' };
  return null;
}

/** The calendar's own order; a problem list for the office, empty when sound. */
export function checkRoundCalendar(
  calendar: RoundCalendar,
): { path: string; message: string; messageZh: string }[] {
  const problems: { path: string; message: string; messageZh: string }[] = [];
  const order: [keyof RoundCalendar, keyof RoundCalendar][] = [
    ['demandOpensAt', 'demandClosesAt'],
    ['demandClosesAt', 'biddingOpensAt'],
    ['biddingOpensAt', 'biddingClosesAt'],
    ['biddingClosesAt', 'openingAt'],
  ];
  for (const [a, b] of order) {
    const strict = a !== 'demandClosesAt' && a !== 'biddingClosesAt';
    const x = calendar[a] as Date,
      y = calendar[b] as Date;
    if (strict ? x >= y : x > y)
      problems.push({
        path: b,
        message: `must be ${strict ? 'after' : 'at or after'} ${a}`,
        messageZh: `须${strict ? '晚于' : '不早于'} ${a}`,
      });
  }
  if (!Number.isInteger(calendar.objectionWorkingDays) || calendar.objectionWorkingDays < 1) {
    problems.push({
      path: 'objectionWorkingDays',
      message: 'must be a whole number of working days ≥ 1',
      messageZh: '须为不少于 1 的整数个工作日',
    });
  }
  return problems;
}
