import { invariant } from '../invariant.js';
import type { VolumeClass } from '../round-input.js';
import type { Ladder, Ruleset } from '../rulesets/ruleset.js';

export interface RatioAndCycle {
  /** decimal string, e.g. "0.80" */
  readonly ratio: string;
  readonly cycleYears: number;
}

/**
 * docs/rules.md §10, G19, G20: the ratio and cycle for W winners from the class's ladder; an exclusive product
 * with a single winner takes the whole demand (1.00) for the general ladder's first cycle.
 */
export function ratioAndCycle(
  winners: number,
  volumeClass: VolumeClass,
  ruleset: Ruleset,
): RatioAndCycle | null {
  if (winners === 0) return null;
  const general = ruleset.ladders.general;
  if (volumeClass === 'exclusive' && ruleset.exclusiveSoleWinner && winners === 1) {
    return { ratio: '1.00', cycleYears: step(general.cycleYears, 1) };
  }
  const ladder: Ladder =
    volumeClass === 'designated-anti-infective' ? ruleset.ladders['designated-anti-infective'] : general;
  return { ratio: step(ladder.ratio, winners), cycleYears: step(ladder.cycleYears, winners) };
}

/** Ladders are indexed by W − 1; W past the last rung stays on it (the "≥ 4" column). */
function step<T>(rungs: readonly T[], winners: number): T {
  const rung = rungs[Math.min(winners, rungs.length) - 1];
  invariant(rung !== undefined, 'a ladder has at least one rung');
  return rung;
}
