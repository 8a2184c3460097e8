import { Dec } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import * as repo from './listing.repository.js';
import type { ListingChangeKind, ListingReasonCode } from './listing.table.js';

export interface ListingChangeValues extends repo.ListingValues {
  readonly reasonCode: ListingReasonCode;
  readonly reason: string;
}

/** What kind of change takes a listing from `before` (none: new) to `status` at `price`. */
export function changeKind(
  before: { readonly status: string; readonly pack_price: string } | undefined,
  status: 'listed' | 'delisted',
  price: string,
): ListingChangeKind | null {
  if (!before) return status === 'listed' ? 'listed' : 'delisted';
  if (status === 'delisted') return before.status === 'delisted' ? null : 'delisted';
  if (before.status === 'delisted') return 'relisted';
  return new Dec(before.pack_price).equals(price) ? null : 'repriced';
}

/**
 * Writes one change of a listing and its public record (kind, status, price before and after, reason,
 * time); the caller has locked the listing. Returns what changed, for the audit and the answer.
 */
export async function recordChange(
  trx: Transaction<Database>,
  actor: { readonly userId: string },
  before: repo.ListingRow | undefined,
  v: ListingChangeValues,
) {
  const kind = changeKind(before, v.status, v.packPrice) ?? (v.status === 'listed' ? 'repriced' : 'delisted');
  const listingId = await repo.saveListing(trx, v);
  const change = await repo.insertChange(trx, {
    listingId,
    kind,
    status: v.status,
    packPrice: v.packPrice,
    previousPrice: before?.pack_price ?? null,
    reasonCode: v.reasonCode,
    reason: v.reason,
    changedBy: actor.userId,
  });
  return {
    listingId,
    changeId: change.id,
    productId: v.productId,
    companyId: v.companyId,
    kind,
    status: v.status,
    specCode: v.specCode,
    packPrice: v.packPrice,
    previousPrice: before?.pack_price ?? null,
    reasonCode: v.reasonCode,
    reason: v.reason,
    changedAt: change.changed_at.toISOString(),
  };
}
