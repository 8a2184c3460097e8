import { roundStateZh } from '@jicai/domain';
import {
  applyRegionPick,
  areRegionSettingsFixed,
  automaticRegionPick,
  formatShanghai,
  invariant,
  nextRegionTurn,
} from '@jicai/domain';
import type { Kysely, Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Database, Db } from '../db/database.js';
import { readRoundNow, roundNowFor } from '../db/db-clock.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import { findProductIdByCode } from '../rounds/catalogue.repository.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { storeAgreedVolumes } from './agreed-volumes.js';
import { listRoundRegionCodes } from './evaluation-input.repository.js';
import { toPickView } from './award.mapper.js';
import {
  insertRegionPick,
  listRoundsInRegionSelection,
  upsertRegionPreference,
} from './region-selection.repository.js';
import { loadSelection, type EntrySelection, type Selection } from './region-selection.state.js';
import { loadRoundNames, type RoundNames } from './round-names.repository.js';
import { applyDecision, decideOnRound } from './round-award.js';
import { updateRoundAward } from './round-award.repository.js';
import { findVisibleRound, visibleRound } from '../rounds/visible-round.js';

type Trx = Transaction<Database>;

/** Stores agreed volumes once no entry has a turn left. */
async function finishIfDone(trx: Trx, roundId: string, actorUserId: string | null): Promise<boolean> {
  const selection = await loadSelection(trx, roundId);
  if (selection.entries.some((e) => e.turn !== null)) return false;
  await storeAgreedVolumes(trx, roundId, selection, actorUserId);
  return true;
}

/** The office opens online region selection; turns run in parallel per product entry. */
export async function startSelection(deps: AppDeps, actor: Actor, roundId: string) {
  await deps.db.transaction().execute(async (trx) => {
    const decision = await decideOnRound(trx, roundId, { type: 'start-region-selection' });
    await updateRoundAward(trx, roundId, { region_selection_started_at: decision.now });
    await applyDecision(trx, decision, actor.userId);
    await finishIfDone(trx, roundId, actor.userId);
  });
  return selectionView(deps.db, roundId);
}

/** Names beside the ids: a pick log people read without looking up UUIDs. */
function entryView(e: EntrySelection, names: RoundNames) {
  const company = (id: string) => names.organisations.get(id) ?? null;
  const region = (code: string) => names.regions.get(code) ?? null;
  return {
    productCode: e.entry.productId,
    productName: names.products.get(e.entry.productId) ?? null,
    group: e.entry.group,
    winners: e.winners,
    winnerNames: e.winners.map(company),
    currentTurn:
      e.turn && e.deadline
        ? {
            turn: e.state.picks.length + 1,
            companyId: e.turn.companyId,
            companyName: company(e.turn.companyId),
            kind: e.turn.kind,
            allowedRegions: e.turn.allowedRegions,
            allowedRegionNames: e.turn.allowedRegions.map(region),
            deadline: formatShanghai(e.deadline),
          }
        : null,
    picks: e.picks.map((p) => ({
      ...toPickView(p),
      companyName: company(p.company_id),
      regionName: region(p.region_code),
    })),
  };
}

/** The public log: every pick, and whose turn it is until when. */
export async function selectionView(db: Kysely<Database>, roundId: string) {
  const round = await findVisibleRound(db, roundId);
  const selection = await loadSelection(db, roundId);
  const names = await loadRoundNames(
    db,
    roundId,
    selection.entries.flatMap((e) => e.winners),
  );
  return {
    state: round.state,
    turnMinutes: selection.award.region_turn_minutes,
    entries: selection.entries.map((e) => entryView(e, names)),
  };
}

export interface PickInput {
  readonly productCode: string;
  readonly group: string | null;
  readonly regionId: string;
}

async function insertPick(
  trx: Trx,
  roundId: string,
  e: EntrySelection,
  regionId: string | 'default',
  pickedBy: string | null,
) {
  const next = applyRegionPick(e.state, regionId);
  const pick = next.picks.at(-1);
  invariant(pick && e.deadline, 'a pick without a turn');
  await insertRegionPick(trx, {
    round_id: roundId,
    product_id: e.productId,
    group_key: e.entry.group,
    turn: pick.turn,
    company_id: pick.companyId,
    region_code: pick.regionId,
    kind: pick.kind,
    deadline: e.deadline,
    by_default: pickedBy === null,
    picked_by: pickedBy,
    picked_at: roundNowFor(roundId),
  });
  await appendAudit(trx, {
    stream: `round:${roundId}`,
    actorUserId: pickedBy,
    action: pickedBy === null ? 'region.picked-by-default' : 'region.picked',
    subject: `round:${roundId}`,
    payload: {
      productCode: e.entry.productId,
      group: e.entry.group,
      ...pick,
      deadline: formatShanghai(e.deadline),
    },
  });
  return next;
}

/** The company whose turn it is takes one of the allowed regions before its turn's time limit. */
export async function pickRegion(deps: AppDeps, actor: Actor, roundId: string, input: PickInput) {
  await deps.db.transaction().execute(async (trx) => {
    const round = visibleRound(await lockRoundForUpdate(trx, roundId));
    if (round.state !== 'region-selection')
      throw new AppError('INVALID_STATE', {
        en: `region selection is not running (the round is ${round.state})`,
        zh: `区域选择未在进行中（当前批次状态：${roundStateZh(round.state)}）`,
      });
    const selection = await loadSelection(trx, roundId);
    const e = selection.entries.find(
      (x) => x.entry.productId === input.productCode && x.entry.group === input.group,
    );
    if (!e)
      throw invalid(
        'productCode',
        'no region selection for this product and group',
        '该产品及分组没有区域选择',
      );
    if (!e.turn || !e.deadline)
      throw new AppError('INVALID_STATE', {
        en: 'region selection of this product is over',
        zh: '该产品的区域选择已结束',
      });
    if (e.turn.companyId !== actor.organisationId)
      throw new AppError('INVALID_STATE', { en: 'it is not your turn', zh: '尚未轮到贵企业选择' }, [], {
        turnOf: e.turn.companyId,
      });
    if (e.deadline <= (await readRoundNow(trx, roundId)))
      throw new AppError(
        'DEADLINE_PASSED',
        { en: 'your turn timed out: the default pick applies', zh: '贵企业的选择时限已过：按默认规则选择' },
        [],
        {
          deadline: e.deadline.toISOString(),
        },
      );
    if (!e.turn.allowedRegions.includes(input.regionId))
      throw invalid(
        'regionId',
        `not open at this turn (open: ${e.turn.allowedRegions.join(', ')})`,
        `本轮选择不可选该区域（可选：${e.turn.allowedRegions.join('、')}）`,
      );
    await insertPick(trx, roundId, e, input.regionId, actor.userId);
    await finishIfDone(trx, roundId, actor.userId);
  });
  return selectionView(deps.db, roundId);
}

/** Default picks for every turn of `selection` whose time limit has passed, in turn order. */
async function applyTimeouts(trx: Trx, roundId: string, selection: Selection, now: Date): Promise<number> {
  let applied = 0;
  for (const start of selection.entries) {
    let e: EntrySelection = start;
    while (e.turn && e.deadline && e.deadline <= now) {
      const state = await insertPick(trx, roundId, e, automaticRegionPick(e.state, e.turn), null);
      const turn = nextRegionTurn(state);
      e = { ...e, state, turn, deadline: turn ? new Date(e.deadline.getTime() + selection.turnMs) : null };
      applied++;
    }
  }
  return applied;
}

/**
 * The scheduler's part: timed-out turns take their default pick (the company's first allowed
 * preference, else the free region with the largest agreed volume, then code); when every product
 * is done, agreed volumes are computed and stored and region selection completes. Each round in its
 * own transaction under its lock. Returns the number of default picks and completions.
 */
export async function sweepRegionTurns(db: Db): Promise<number> {
  const running = await listRoundsInRegionSelection(db);
  let applied = 0;
  for (const { id } of running) {
    applied += await db.transaction().execute(async (trx) => {
      const round = await lockRoundForUpdate(trx, id);
      if (round?.state !== 'region-selection') return 0;
      const picks = await applyTimeouts(trx, id, await loadSelection(trx, id), await readRoundNow(trx, id));
      return picks + ((await finishIfDone(trx, id, null)) ? 1 : 0);
    });
  }
  return applied;
}

/** A company's preferred regions for one product, followed when its turn times out (until selection starts). */
export async function putPreferences(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  productCode: string,
  regions: string[],
) {
  return deps.db.transaction().execute(async (trx) => {
    const round = visibleRound(await lockRoundForUpdate(trx, roundId));
    if (areRegionSettingsFixed(round.state))
      throw new AppError('INVALID_STATE', {
        en: `preferences are set before region selection (the round is ${round.state})`,
        zh: `区域偏好须在区域选择开始前设置（当前批次状态：${roundStateZh(round.state)}）`,
      });
    const product = await findProductIdByCode(trx, roundId, productCode);
    if (!product) throw notFound(`product ${productCode} in this round`, `本轮次的产品 ${productCode}`);
    const known = new Set(await listRoundRegionCodes(trx, roundId));
    const unknown = regions.findIndex((r) => !known.has(r));
    if (unknown >= 0) throw invalid(`regions[${unknown}]`, 'not a region of this round', '不是本轮次的区域');
    const values = { regions, updated_at: roundNowFor(roundId) };
    const key = { roundId, productId: product.id, companyId: actor.organisationId };
    await upsertRegionPreference(trx, key, values);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'region-preferences.set',
      subject: `round:${roundId}`,
      payload: { productCode, companyId: actor.organisationId, regions },
    });
    return { productCode, regions };
  });
}
