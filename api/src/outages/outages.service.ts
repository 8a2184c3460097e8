import type { OutageFormula } from '@jicai/domain';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import { findRoundById } from '../rounds/rounds.repository.js';
import { lockDraftRound, seesDrafts } from '../rounds/rounds.service.js';
import { extendAffectedRounds, toOutageFormula } from './extend-rounds.js';
import { outageNotice } from './outage-notice.js';
import { toNoticeView, toOutageView } from './outages.mapper.js';
import * as repo from './outages.repository.js';
import type { OutageTable } from './outages.table.js';

type Trx = Transaction<Database>;
const STREAM = 'outages';

/** The outage's public notice, its audit event, then the extensions it causes: one transaction. */
async function announce(trx: Trx, actor: Actor, outage: Selectable<OutageTable>, closed: boolean) {
  const text = outageNotice(
    { startsAt: outage.starts_at, endsAt: outage.ends_at, cause: outage.cause },
    closed,
  );
  const notice = await repo.insertNotice(trx, { roundId: null, kind: 'outage', ...text });
  const view = toOutageView(outage);
  await appendAudit(trx, {
    stream: STREAM,
    actorUserId: actor.userId,
    action: closed ? 'outage.closed' : 'outage.recorded',
    subject: `outage:${outage.id}`,
    payload: {
      outageId: outage.id,
      startsAt: view.startsAt,
      endsAt: view.endsAt,
      cause: outage.cause,
      noticeId: notice.id,
    },
  });
  return { outage: view, extensions: await extendAffectedRounds(trx, outage, actor.userId) };
}

/** Records an incident; one still going on (no end) must already have started on the database clock. */
export async function recordOutage(
  deps: AppDeps,
  actor: Actor,
  body: { startsAt: Date; endsAt?: Date | null; cause: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    await repo.lockOutageRegister(trx);
    const endsAt = body.endsAt ?? null;
    if (endsAt === null && body.startsAt > (await readDbNow(trx))) {
      throw invalid(
        'endsAt',
        'an outage that has not started yet needs its planned end',
        '尚未开始的停机须填写计划结束时间',
      );
    }
    const outage = await repo.insertOutage(trx, { ...body, endsAt, recordedBy: actor.userId });
    return announce(trx, actor, outage, false);
  });
}

/** Sets the end of an outage recorded as going on; its end is set once (a correction is a new record). */
export async function closeOutage(deps: AppDeps, actor: Actor, outageId: string, endsAt: Date) {
  return deps.db.transaction().execute(async (trx) => {
    await repo.lockOutageRegister(trx);
    const outage = await repo.lockOutage(trx, outageId);
    if (!outage) throw notFound('outage');
    if (outage.ends_at !== null) {
      throw new AppError(
        'INVALID_STATE',
        { en: 'the outage’s end is already recorded', zh: '该停机的结束时间已录入' },
        [],
        {
          endsAt: toOutageView(outage).endsAt,
        },
      );
    }
    if (endsAt <= outage.starts_at)
      throw invalid('endsAt', 'must be after the outage’s start', '须晚于停机开始时间');
    return announce(trx, actor, await repo.setOutageEnd(trx, outageId, endsAt), true);
  });
}

export async function listOutages(db: Kysely<Database>) {
  return (await repo.listOutages(db)).map(toOutageView);
}

export async function listNotices(db: Kysely<Database>) {
  return (await repo.listNotices(db, {})).map(toNoticeView);
}

/** A round is public once published; before that only the office sees it (404 otherwise). */
async function findVisibleRoundId(db: Kysely<Database>, actor: Actor | null, roundId: string) {
  const round = await findRoundById(db, roundId);
  if (!round || (round.published_at === null && !(actor && seesDrafts(actor)))) throw notFound('round');
  return round;
}

export async function listRoundNotices(db: Kysely<Database>, actor: Actor | null, roundId: string) {
  await findVisibleRoundId(db, actor, roundId);
  return (await repo.listNotices(db, { roundId })).map(toNoticeView);
}

export async function getFormula(db: Kysely<Database>, actor: Actor | null, roundId: string) {
  await findVisibleRoundId(db, actor, roundId);
  const row = await repo.findFormula(db, roundId);
  return { ...toOutageFormula(row ?? nullFormula), isDefault: row === undefined };
}
const nullFormula = { grace_after_minutes: null, extension_minutes: null, minimum_extension_minutes: null };

/** The formula is part of what a round publishes: set while the round is a draft. */
export async function setFormula(deps: AppDeps, actor: Actor, roundId: string, formula: OutageFormula) {
  await deps.db.transaction().execute(async (trx) => {
    await lockDraftRound(trx, roundId);
    await repo.upsertFormula(trx, {
      round_id: roundId,
      grace_after_minutes: formula.graceAfterMinutes,
      extension_minutes: formula.extensionMinutes === 'outage-duration' ? null : formula.extensionMinutes,
      minimum_extension_minutes: formula.minimumExtensionMinutes,
    });
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'round.outage-formula-set',
      subject: `round:${roundId}`,
      payload: formula,
    });
  });
  return getFormula(deps.db, actor, roundId);
}
