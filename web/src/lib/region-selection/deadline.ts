/**
 * A turn's deadline on the platform's clock (the one the page's countdowns tick on). The API judges
 * it on the round's clock, which differs only while a rehearsal clock runs (faster than real time):
 * what is left on the round's clock, divided by its speed, is what is left for the visitor.
 */
export function platformDeadline(
  deadlineIso: string,
  roundNowIso: string,
  speed: string | null,
  platformNowMs: number,
): string {
  const left = Date.parse(deadlineIso) - Date.parse(roundNowIso);
  const rate = speed === null ? 1 : Number(speed); // a clock rate, not money
  return new Date(platformNowMs + left / (rate > 0 ? rate : 1)).toISOString();
}
