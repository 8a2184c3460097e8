import { Dec } from '../money/decimal.js';
import type { RankedBid } from './ranked-bid.js';

/**
 * docs/rules.md §9 market-volume groups (广东联盟, G21): bids by last year's volume desc (null = 0), then rank;
 * A is the shortest non-empty prefix holding at least `aShare` of the total (all bids when the total
 * is 0); B the rest. Each group keeps rank order inside.
 */
export function splitMarketVolumeGroups(
  ranked: readonly RankedBid[],
  aShare: string,
): { a: RankedBid[]; b: RankedBid[] } {
  const rankOf = new Map(ranked.map((bid, i) => [bid, i]));
  const volume = (bid: RankedBid) => new Dec(bid.bid.marketVolume ?? 0);
  const byVolume = [...ranked].sort(
    (x, y) => volume(y).cmp(volume(x)) || (rankOf.get(x) as number) - (rankOf.get(y) as number),
  );
  const total = byVolume.reduce((sum, bid) => sum.plus(volume(bid)), new Dec(0));
  const target = total.times(new Dec(aShare));
  let size = byVolume.length;
  if (!total.isZero()) {
    let cumulative = new Dec(0);
    for (let i = 0; i < byVolume.length; i++) {
      cumulative = cumulative.plus(volume(byVolume[i] as RankedBid));
      if (cumulative.gte(target)) {
        size = i + 1;
        break;
      }
    }
  }
  const inA = new Set(byVolume.slice(0, size));
  return { a: ranked.filter((bid) => inA.has(bid)), b: ranked.filter((bid) => !inA.has(bid)) };
}
