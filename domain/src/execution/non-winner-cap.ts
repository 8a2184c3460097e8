export interface NonWinnerCheck {
  readonly cap: number | null;
  readonly excess: number;
  readonly flagged: boolean;
}

/**
 * docs/rules.md §12.4 (consumables alliances): purchases of a non-winning product in the cycle may not exceed last
 * year's volume; the excess is flagged. ⚙ Without a last-year volume there is no cap to exceed.
 */
export function checkNonWinnerCap(purchased: number, lastYearVolume: number | null): NonWinnerCheck {
  if (lastYearVolume === null) return { cap: null, excess: 0, flagged: false };
  const excess = Math.max(0, purchased - lastYearVolume);
  return { cap: lastYearVolume, excess, flagged: excess > 0 };
}
