import type { RegionPick } from '../evaluation-result.js';
import { invariant } from '../invariant.js';
import type { Quantity } from '../money/quantity-sum.js';
import { defaultPick, primaryPicker, type Picker } from './region-picks.js';

/**
 * docs/rules.md §11.1 online (在线选择供应地区): the same turns as `pickRegions`, one at a time, so that each winner
 * chooses at its own turn (with a time limit kept by the caller). Immutable: every pick returns a new
 * state, and replaying the stored picks from `startRegionSelection` rebuilds it.
 */
export interface RegionSelectionState {
  /** the entry's winners in rank order, with the preferences an automatic pick follows */
  readonly winners: readonly Picker[];
  /** the round's regions, sorted by code */
  readonly regions: readonly string[];
  /** agreed volume per region: the default pick's measure */
  readonly volumes: ReadonlyMap<string, Quantity>;
  readonly withBackups: boolean;
  readonly picks: readonly RegionPick[];
  readonly primary: ReadonlyMap<string, string>;
  readonly backup: ReadonlyMap<string, string>;
  /** turns taken by the ⚙ default: [companyId, regionId] */
  readonly defaultPicks: readonly (readonly [string, string])[];
  readonly phase: 'primary' | 'backup';
  /** the phase's next turn index (passes included) */
  readonly cursor: number;
}

export interface RegionTurn {
  readonly companyId: string;
  readonly kind: RegionPick['kind'];
  /** the regions this winner may take now, by code */
  readonly allowedRegions: readonly string[];
}

export function startRegionSelection(init: {
  readonly winners: readonly Picker[];
  readonly regions: readonly string[];
  readonly volumes: ReadonlyMap<string, Quantity>;
  readonly withBackups: boolean;
}): RegionSelectionState {
  return {
    winners: init.winners,
    regions: init.regions,
    volumes: init.volumes,
    withBackups: init.withBackups,
    picks: [],
    primary: new Map(),
    backup: new Map(),
    defaultPicks: [],
    phase: 'primary',
    cursor: 0,
  };
}

interface ResolvedTurn extends RegionTurn {
  readonly index: number;
}

/** Whose turn it is and what it may take; null when selection is over. Backup turns with nothing to take pass. */
export function nextRegionTurn(state: RegionSelectionState): RegionTurn | null {
  const turn = resolveTurn(state);
  return turn && { companyId: turn.companyId, kind: turn.kind, allowedRegions: turn.allowedRegions };
}

/**
 * The winner whose turn it is takes `regionId`, or with 'default' the ⚙ default: the free region
 * with the largest agreed volume, ties by code. A region outside the turn's allowed regions is a
 * caller's bug (check `nextRegionTurn` first).
 */
export function applyRegionPick(
  state: RegionSelectionState,
  choice: string | 'default',
): RegionSelectionState {
  const turn = resolveTurn(state);
  invariant(turn !== null, 'region selection is over');
  const byDefault = choice === 'default';
  const regionId = byDefault ? defaultPick(turn.allowedRegions, state.volumes) : choice;
  invariant(
    regionId !== undefined && turn.allowedRegions.includes(regionId),
    `region ${String(regionId)} is not open to ${turn.companyId} at this turn`,
  );
  const pick: RegionPick = {
    turn: state.picks.length + 1,
    companyId: turn.companyId,
    regionId,
    kind: turn.kind,
  };
  const primary = new Map(state.primary);
  const backup = new Map(state.backup);
  (turn.kind === 'primary' ? primary : backup).set(regionId, turn.companyId);
  const next: RegionSelectionState = {
    ...state,
    picks: [...state.picks, pick],
    primary,
    backup,
    defaultPicks: byDefault ? [...state.defaultPicks, [turn.companyId, regionId]] : state.defaultPicks,
    cursor: turn.index + 1,
  };
  // after the last primary, backups start from rank 1 without a priority pick
  return turn.kind === 'primary' && primary.size === state.regions.length
    ? { ...next, phase: 'backup', cursor: 0 }
    : next;
}

/** What a winner that does not choose gets (a timed-out turn): its first allowed preference, else the default. */
export function automaticRegionPick(state: RegionSelectionState, turn: RegionTurn): string | 'default' {
  const picker = state.winners.find((w) => w.companyId === turn.companyId);
  return picker?.preferences.find((r) => turn.allowedRegions.includes(r)) ?? 'default';
}

function resolveTurn(state: RegionSelectionState): ResolvedTurn | null {
  const { winners, regions } = state;
  if (winners.length === 0) return null;
  if (state.phase === 'primary') {
    if (state.primary.size >= regions.length) return null;
    const picker = primaryPicker(winners, state.cursor);
    const allowedRegions = regions.filter((r) => !state.primary.has(r));
    return { index: state.cursor, companyId: picker.companyId, kind: 'primary', allowedRegions };
  }
  if (!state.withBackups || winners.length < 2) return null;
  // a winner with nothing to take passes; W passes in a row end the picking (G34)
  for (let passes = 0, t = state.cursor; passes < winners.length; passes++, t++) {
    if (state.backup.size >= state.primary.size) return null;
    const picker = winners[t % winners.length] as Picker;
    const allowedRegions = regions.filter(
      (r) => state.primary.has(r) && !state.backup.has(r) && state.primary.get(r) !== picker.companyId,
    );
    if (allowedRegions.length > 0)
      return { index: t, companyId: picker.companyId, kind: 'backup', allowedRegions };
  }
  return null;
}
