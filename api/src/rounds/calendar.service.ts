import { checkRoundCalendar, formatShanghai, type RoundCalendar } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { AppError } from '../http/app-error.js';
import * as calendarRepo from './calendar.repository.js';
import { toCalendarView } from './rounds.mapper.js';
import { setRoundCalendar } from './rounds.repository.js';
import { lockDraftRound } from './rounds.service.js';

/** The round's calendar, set as a whole while the round is a draft and checked by the domain's order rules. */
export async function setCalendar(deps: AppDeps, actor: Actor, roundId: string, calendar: RoundCalendar) {
  const problems = checkRoundCalendar(calendar);
  await deps.db.transaction().execute(async (trx) => {
    await lockDraftRound(trx, roundId);
    // order problems after the 404/state checks: a missing round says so first
    if (problems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        problems.map((p) => `${p.path}: ${p.message}`).join('; '),
        problems,
      );
    }
    await setRoundCalendar(trx, roundId, calendar);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'round.calendar-set',
      subject: `round:${roundId}`,
      payload: {
        demandOpensAt: formatShanghai(calendar.demandOpensAt),
        demandClosesAt: formatShanghai(calendar.demandClosesAt),
        biddingOpensAt: formatShanghai(calendar.biddingOpensAt),
        biddingClosesAt: formatShanghai(calendar.biddingClosesAt),
        openingAt: formatShanghai(calendar.openingAt),
        objectionWorkingDays: calendar.objectionWorkingDays,
      },
    });
  });
  return toCalendarView(calendar, await calendarRepo.loadCalendarExceptions(deps.db));
}

export function listWorkingDays(deps: AppDeps, year?: number) {
  return calendarRepo.listWorkingDays(deps.db, year);
}

/** Replaces one year's holidays and 调休 workdays, as the State Council announces them. */
export async function replaceWorkingDays(
  deps: AppDeps,
  actor: Actor,
  year: number,
  days: readonly { day: string; kind: 'holiday' | 'workday'; note: string }[],
) {
  await deps.db.transaction().execute(async (trx) => {
    await calendarRepo.deleteWorkingDaysOfYear(trx, year);
    await calendarRepo.insertWorkingDays(trx, days);
    await appendAudit(trx, {
      stream: 'calendar',
      actorUserId: actor.userId,
      action: 'working-days.replaced',
      subject: `calendar:${year}`,
      payload: { year, days },
    });
  });
  return calendarRepo.listWorkingDays(deps.db, year);
}
