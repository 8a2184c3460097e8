import { decideRound, decodeRulesetChoice, type RoundCommand } from '@jicai/domain';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { hasRole, type Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { readRoundNow } from '../db/db-clock.js';
import { AppError, notFound, type FieldProblem } from '../http/app-error.js';
import { loadCalendarExceptions } from './calendar.repository.js';
import { toRoundView } from './rounds.mapper.js';
import { applyRoundEvents, loadRoundSnapshot } from './round-events.service.js';
import * as repo from './rounds.repository.js';
import type { RoundTable } from './rounds.table.js';
import { mapPage, wholeList, type Page } from '../http/list.js';
import { roundStream } from '../audit/audit-actions.js';

type Trx = Transaction<Database>;

/** The office and its auditors see drafts; everyone else (the public signed out too) sees a round once it is published. */
export const seesDrafts = (actor: Actor | null) =>
  hasRole(actor, 'office-admin', 'office-official', 'auditor');

const stream = roundStream;

/** The round as `actor` may see it: a draft is 404 to those who may not, so its existence does not leak. */
export async function findVisibleRound(db: Kysely<Database>, actor: Actor | null, roundId: string) {
  const [row] = await repo.findRoundViews(db, { id: roundId, publishedOnly: !seesDrafts(actor) });
  if (!row) throw notFound('round');
  return row;
}

/** The locked round, which must still be a draft: the catalogue, calendar and ruleset freeze at publish. */
export async function lockDraftRound(trx: Trx, roundId: string): Promise<Selectable<RoundTable>> {
  const row = await repo.lockRoundForUpdate(trx, roundId);
  if (!row) throw notFound('round');
  if (row.state !== 'draft') {
    const message = {
      en: `only a draft round can be changed (it is ${row.state})`,
      zh: `只有草稿状态的轮次才能修改（当前状态：${row.state}）`,
    };
    throw new AppError('INVALID_STATE', message, [], {
      state: row.state,
    });
  }
  return row;
}

export async function roundView(db: Kysely<Database>, actor: Actor | null, roundId: string) {
  return toRoundView(await findVisibleRound(db, actor, roundId), await loadCalendarExceptions(db));
}

export async function listRounds(deps: AppDeps, actor: Actor | null, page: Page) {
  const rows = await repo.pageRoundViews(deps.db, { publishedOnly: !seesDrafts(actor) }, page);
  const exceptions = await loadCalendarExceptions(deps.db);
  return mapPage(rows, (row) => toRoundView(row, exceptions));
}

/** Every region (a few dozen: one answer). */
export async function listRegions(deps: AppDeps) {
  return wholeList(await repo.listRegions(deps.db));
}

/** Every region code must name a region, once. */
async function checkRegionCodes(trx: Trx, codes: readonly string[]): Promise<void> {
  const known = await repo.findKnownRegionCodes(trx, codes);
  const problems: FieldProblem[] = [];
  codes.forEach((code, i) => {
    if (!known.has(code))
      problems.push({
        path: `regionCodes[${i}]`,
        message: `unknown region ${JSON.stringify(code)}`,
        messageZh: `未知区域 ${JSON.stringify(code)}`,
      });
    else if (codes.indexOf(code) !== i)
      problems.push({
        path: `regionCodes[${i}]`,
        message: `region ${JSON.stringify(code)} listed twice`,
        messageZh: `区域 ${JSON.stringify(code)} 重复列出`,
      });
  });
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      problems,
    );
}

export interface CreateRound {
  readonly code: string;
  readonly name: string;
  readonly regionCodes: readonly string[];
  readonly ruleset: unknown;
}

export async function createRound(deps: AppDeps, actor: Actor, body: CreateRound) {
  const id = await deps.db.transaction().execute(async (trx) => {
    await checkRegionCodes(trx, body.regionCodes);
    const inserted = await repo.insertRound(trx, {
      code: body.code,
      name: body.name,
      ruleset: body.ruleset,
      createdBy: actor.userId,
    });
    if (!inserted) {
      throw new AppError(
        'CONFLICT',
        { en: `round code ${body.code} is already used`, zh: `轮次编号 ${body.code} 已被使用` },
        [{ path: 'code', message: 'already used by another round', messageZh: '已被其他轮次使用' }],
      );
    }
    await repo.insertRoundRegions(trx, inserted.id, body.regionCodes);
    await appendAudit(trx, {
      stream: stream(inserted.id),
      actorUserId: actor.userId,
      action: 'round.created',
      subject: stream(inserted.id),
      payload: { code: body.code, name: body.name, regionCodes: body.regionCodes, ruleset: body.ruleset },
    });
    return inserted.id;
  });
  return roundView(deps.db, actor, id);
}

export interface PatchRound {
  readonly name?: string | undefined;
  readonly regionCodes?: readonly string[] | undefined;
  readonly ruleset?: unknown;
}

/** Name, regions and ruleset change while the round is a draft; after publish they are the published terms. */
export async function patchRound(deps: AppDeps, actor: Actor, roundId: string, patch: PatchRound) {
  await deps.db.transaction().execute(async (trx) => {
    await lockDraftRound(trx, roundId);
    if (patch.regionCodes !== undefined) {
      await checkRegionCodes(trx, patch.regionCodes);
      await repo.deleteRoundRegions(trx, roundId);
      await repo.insertRoundRegions(trx, roundId, patch.regionCodes);
    }
    if (patch.name !== undefined || patch.ruleset !== undefined) {
      await repo.updateRound(trx, roundId, {
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.ruleset !== undefined && { ruleset: JSON.stringify(patch.ruleset) }),
      });
    }
    await appendAudit(trx, {
      stream: stream(roundId),
      actorUserId: actor.userId,
      action: 'round.updated',
      subject: stream(roundId),
      payload: patch,
    });
  });
  return roundView(deps.db, actor, roundId);
}

/** Locks the round, asks the domain, and applies the events; a refusal changes nothing. */
async function decideAndApply(
  trx: Trx,
  actor: Actor,
  roundId: string,
  command: RoundCommand,
  beforeApply: (row: Selectable<RoundTable>) => Promise<void> = async () => {},
): Promise<void> {
  const row = await repo.lockRoundForUpdate(trx, roundId);
  if (!row) throw notFound('round');
  // a draft or a cancellation does not depend on demand reports: none are pending for the decision
  const decision = decideRound(
    await loadRoundSnapshot(trx, roundId, 0),
    command,
    await readRoundNow(trx, roundId),
  );
  if (!decision.ok)
    throw new AppError('INVALID_STATE', { en: decision.message, zh: decision.messageZh }, [], {
      refusal: decision.code,
    });
  await beforeApply(row);
  await applyRoundEvents(trx, roundId, decision.events, actor.userId);
}

/**
 * Publishing: the domain decides on the locked round and the database clock; on success the resolved
 * ruleset is frozen and the events (published, plus any timed step already due) are applied.
 */
export async function publishRound(deps: AppDeps, actor: Actor, roundId: string) {
  await deps.db.transaction().execute((trx) =>
    decideAndApply(trx, actor, roundId, { type: 'publish' }, async (round) => {
      const resolved = decodeRulesetChoice(round.ruleset);
      if (!resolved.ok) {
        const refusal = { refusal: 'RULESET_INVALID' };
        throw new AppError(
          'INVALID_STATE',
          { en: 'the ruleset no longer resolves: change it first', zh: '评审规则已无法解析：请先修改规则' },
          resolved.problems,
          refusal,
        );
      }
      await repo.freezeRoundRuleset(trx, roundId, resolved.ruleset);
      await appendAudit(trx, {
        stream: stream(roundId),
        actorUserId: actor.userId,
        action: 'round.ruleset-frozen',
        subject: stream(roundId),
        payload: { choice: round.ruleset, ruleset: resolved.ruleset },
      });
    }),
  );
  return roundView(deps.db, actor, roundId);
}

export async function cancelRound(deps: AppDeps, actor: Actor, roundId: string, reason: string) {
  await deps.db
    .transaction()
    .execute((trx) => decideAndApply(trx, actor, roundId, { type: 'cancel', reason }));
  return roundView(deps.db, actor, roundId);
}
