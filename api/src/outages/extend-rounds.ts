import {
  DEFAULT_OUTAGE_FORMULA,
  EXTENDABLE_STEPS,
  extendRoundCalendar,
  formatShanghai,
  isStepPending,
  type ExtendableCalendar,
  type ExtendableStep,
  type OutageFormula,
} from '@jicai/domain';
import type { Selectable, Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import { extensionNotice } from './outage-notice.js';
import * as repo from './outages.repository.js';
import type { ExtendedField, OutageTable } from './outages.table.js';

type OutageRow = Selectable<OutageTable>;

export const STEP_COLUMN: Readonly<Record<ExtendableStep, ExtendedField>> = {
  demandClosesAt: 'demand_closes_at',
  biddingOpensAt: 'bidding_opens_at',
  biddingClosesAt: 'bidding_closes_at',
  openingAt: 'opening_at',
};

export interface RoundExtended {
  readonly roundId: string;
  readonly roundCode: string;
  readonly noticeId: string;
  readonly changes: { field: ExtendableStep; from: string; to: string }[];
}

/** The round's published formula; a round that set none has the platform default. */
export function toOutageFormula(row: {
  grace_after_minutes: number | null;
  extension_minutes: number | null;
  minimum_extension_minutes: number | null;
}): OutageFormula {
  if (row.grace_after_minutes === null || row.minimum_extension_minutes === null)
    return DEFAULT_OUTAGE_FORMULA;
  return {
    graceAfterMinutes: row.grace_after_minutes,
    extensionMinutes: row.extension_minutes ?? 'outage-duration',
    minimumExtensionMinutes: row.minimum_extension_minutes,
  };
}

type PeriodOf<O> = { readonly row: O; readonly startsAt: Date; readonly endsAt: Date };

/** For each round, the times that would move: recomputed from the calendar as published. */
async function planExtensions(
  trx: Transaction<Database>,
  rounds: readonly repo.DeadlineRoundRow[],
  outages: readonly PeriodOf<OutageRow>[],
) {
  const published = new Map(
    (
      await repo.findPublishedDeadlines(
        trx,
        rounds.map((r) => r.id),
      )
    ).map((p) => [`${p.round_id}/${p.field}`, p.old_at]),
  );
  return rounds.flatMap((round) => {
    const current = Object.fromEntries(
      EXTENDABLE_STEPS.map((step) => [step, round[STEP_COLUMN[step]] as Date]),
    ) as ExtendableCalendar;
    const base = Object.fromEntries(
      EXTENDABLE_STEPS.map((step) => {
        const asPublished = published.get(`${round.id}/${STEP_COLUMN[step]}`);
        return [step, isStepPending(round.state, step) && asPublished ? asPublished : current[step]];
      }),
    ) as ExtendableCalendar;
    const target = extendRoundCalendar(base, round.state, outages, toOutageFormula(round));
    const moved = target.changes.filter((c) => c.to > current[c.step]);
    return moved.length > 0 ? [{ round, current, moved }] : [];
  });
}

/**
 * After an outage is recorded or closed: every round still waiting for a deadline is recomputed
 * from its calendar as published over all recorded outages (an ongoing one counts until the
 * database's now), so recording twice never extends twice. A time only ever moves later: what was
 * announced stands. Each round that moves gets one public notice, its extension rows and an audit
 * event on its stream, in the caller's transaction, under the round's row lock.
 */
export async function extendAffectedRounds(
  trx: Transaction<Database>,
  trigger: OutageRow,
  actorUserId: string,
): Promise<RoundExtended[]> {
  const now = await readDbNow(trx);
  const outages = (await repo.listOutages(trx))
    .filter((o) => o.ends_at !== null || o.starts_at <= now)
    .map((o) => ({ row: o, startsAt: o.starts_at, endsAt: o.ends_at ?? now }));
  // a first look without locks (bids go on meanwhile); only the rounds that move are locked and judged again
  const candidates = await planExtensions(trx, await repo.findRoundsWithDeadlines(trx), outages);
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.round.id);
  const planned = await planExtensions(trx, await repo.findRoundsWithDeadlines(trx, ids), outages);
  const extended: RoundExtended[] = [];
  for (const { round, current, moved } of planned) {
    const applied = [...new Set(moved.flatMap((c) => c.applied.map((a) => a.outage.row)))];
    const causes = applied.length > 0 ? applied : [trigger];
    const described = causes.map((o) => ({ startsAt: o.starts_at, endsAt: o.ends_at, cause: o.cause }));
    const changes = moved.map((c) => ({ step: c.step, from: current[c.step], to: c.to }));
    const notice = await repo.insertNotice(trx, {
      roundId: round.id,
      kind: 'deadline-extension',
      ...extensionNotice(round, described, changes),
    });
    await repo.insertExtensions(
      trx,
      moved.map((c) => ({
        round_id: round.id,
        field: STEP_COLUMN[c.step],
        old_at: current[c.step],
        new_at: c.to,
        outage_id: c.applied[c.applied.length - 1]?.outage.row.id ?? trigger.id,
        notice_id: notice.id,
      })),
    );
    await repo.setRoundDeadlines(
      trx,
      round.id,
      Object.fromEntries(moved.map((c) => [STEP_COLUMN[c.step], c.to])),
    );
    const view = changes.map((c) => ({
      field: c.step,
      from: formatShanghai(c.from),
      to: formatShanghai(c.to),
    }));
    await appendAudit(trx, {
      stream: `round:${round.id}`,
      actorUserId,
      action: 'round.deadline-extended',
      subject: `round:${round.id}`,
      payload: { outageIds: causes.map((o) => o.id), noticeId: notice.id, changes: view },
    });
    extended.push({ roundId: round.id, roundCode: round.code, noticeId: notice.id, changes: view });
  }
  return extended;
}
