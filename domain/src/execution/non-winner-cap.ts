export interface NonWinnerCheck {
  readonly cap: number;
  readonly excess: number;
  readonly flagged: boolean;
}

/** §9 (consumables alliances): purchases of a non-winning product in the cycle may not exceed last year's volume. */
export function checkNonWinnerCap(purchased: number, lastYearVolume: number): NonWinnerCheck {
  const excess = Math.max(0, purchased - lastYearVolume);
  return { cap: lastYearVolume, excess, flagged: excess > 0 };
}
