import {
  agreedVolumeByRegion,
  applyRegionPick,
  nextRegionTurn,
  startRegionSelection,
  type DemandLine,
  type ProductResult,
  type RegionSelectionState,
  type RegionTurn,
} from '@jicai/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { listProductIds } from '../rounds/catalogue.repository.js';
import { listRegionPreferences } from './evaluation-input.repository.js';
import { loadLatestEvaluation } from './evaluation-record.js';
import type { RegionPickTable } from './award.table.js';
import { listRegionPicks } from './region-selection.repository.js';
import { findRoundAward } from './round-award.repository.js';

const MINUTE = 60_000;
const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One product entry's online selection, rebuilt by replaying its stored picks. */
export interface EntrySelection {
  readonly entry: ProductResult;
  readonly productId: string;
  readonly lines: readonly DemandLine[];
  /** the entry's winners in rank order */
  readonly winners: readonly string[];
  readonly state: RegionSelectionState;
  readonly picks: readonly Selectable<RegionPickTable>[];
  readonly turn: RegionTurn | null;
  /** the current turn's time limit */
  readonly deadline: Date | null;
}

const isWinner = (outcome: string) => outcome === 'winner' || outcome === 'revival-winner';

/**
 * The round's region selection as it stands: from the latest published evaluation (winners in rank
 * order, ratio, demand lines), the companies' current preferences (else those published) and the
 * picks so far. A turn starts when the previous pick was made, or at the previous deadline when that
 * pick was the default (so a sweep that ran late does not lengthen the next turn).
 */
export async function loadSelection(db: Kysely<Database>, roundId: string) {
  const award = await findRoundAward(db, roundId);
  const startedAt = award?.region_selection_started_at ?? null;
  if (!award || !startedAt)
    throw new AppError('NOT_FOUND', {
      en: 'region selection of this round has not started',
      zh: '本轮次的区域选择尚未开始',
    });
  const turnMs = award.region_turn_minutes * MINUTE;
  const latest = await loadLatestEvaluation(db, roundId);
  const { input, ruleset, result } = latest;
  const products = await listProductIds(db, roundId);
  const productIdByCode = new Map(products.map((p) => [p.code, p.id]));
  const preferences = new Map(
    (await listRegionPreferences(db, roundId)).map((p) => [`${p.product_id}|${p.company_id}`, p.regions]),
  );
  const allPicks = await listRegionPicks(db, roundId);
  const regions = [...(input.regions ?? [])].sort(byCodePoints);
  const bidById = new Map(input.bids.map((b) => [b.id, b]));

  const entries: EntrySelection[] = [];
  for (const entry of result.products) {
    if (ruleset.volumeAllocation !== 'regions' || entry.winners === 0 || entry.ratio === null) continue;
    const productId = productIdByCode.get(entry.productId) as string;
    const winningBids = entry.bids.filter((b) => isWinner(b.outcome));
    const allowed = new Set(regions);
    const pickers = winningBids.map((b) => ({
      companyId: b.companyId,
      preferences: (
        preferences.get(`${productId}|${b.companyId}`) ??
        bidById.get(b.bidId)?.regionPreferences ??
        []
      ).filter((r) => allowed.has(r)),
    }));
    const lines = input.demand.filter(
      (l) => l.productId === entry.productId && (ruleset.groupBy !== 'bid.group' || l.group === entry.group),
    );
    const picks = allPicks.filter((p) => p.product_id === productId && p.group_key === entry.group);
    let state = startRegionSelection({
      winners: pickers,
      regions,
      volumes: agreedVolumeByRegion(lines, entry.ratio),
      withBackups: ruleset.backups,
    });
    for (const pick of picks) state = applyRegionPick(state, pick.region_code);
    const turn = nextRegionTurn(state);
    const last = picks.at(-1);
    const turnStart = last ? (last.by_default ? last.deadline : last.picked_at) : startedAt;
    entries.push({
      entry,
      productId,
      lines,
      winners: pickers.map((p) => p.companyId),
      state,
      picks,
      turn,
      deadline: turn ? new Date(turnStart.getTime() + turnMs) : null,
    });
  }
  return { award, input, ruleset, result, entries, productIdByCode, turnMs };
}

export type Selection = Awaited<ReturnType<typeof loadSelection>>;
