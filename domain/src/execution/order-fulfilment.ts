import { invariant } from '../invariant.js';

/** A delivery of an order as its fulfilment counts it. */
export interface DeliveryCount {
  readonly packs: number;
  /** null until the hospital accepted it (验收) */
  readonly acceptedPacks: number | null;
}

export type FulfilmentStatus = 'confirmed' | 'delivered' | 'accepted';

/**
 * docs/rules.md §12.10: the packs a delivery counts towards its order. Before acceptance all it carried;
 * after, only the accepted packs: ⚙ *(proposed)* short and damaged packs are still owed, and the
 * company may deliver them again.
 */
export const countedPacks = (d: DeliveryCount): number => d.acceptedPacks ?? d.packs;

/** The packs of a confirmed order still to deliver (never negative for a consistent ledger). */
export function packsToDeliver(orderedPacks: number, deliveries: readonly DeliveryCount[]): number {
  return orderedPacks - deliveries.reduce((sum, d) => sum + countedPacks(d), 0);
}

/**
 * docs/rules.md §12.10: a confirmed order's status as its quantities say — `delivered` once its
 * deliveries count all its packs, `accepted` once besides every delivery is accepted, otherwise
 * still `confirmed` (awaiting the rest).
 */
export function fulfilmentStatus(
  orderedPacks: number,
  deliveries: readonly DeliveryCount[],
): FulfilmentStatus {
  const left = packsToDeliver(orderedPacks, deliveries);
  invariant(left >= 0, 'deliveries count more packs than were ordered');
  if (left > 0) return 'confirmed';
  return deliveries.every((d) => d.acceptedPacks !== null) ? 'accepted' : 'delivered';
}
