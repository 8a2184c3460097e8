import type { ListingChangeRow, PublicListingRow } from './listing.repository.js';

export function toListingView(row: PublicListingRow) {
  return {
    id: row.id,
    roundId: row.round_id,
    roundCode: row.round_code,
    productId: row.product_id,
    productCode: row.product_code,
    productName: row.product_name,
    companyId: row.company_id,
    companyName: row.company_name,
    specCode: row.spec_code,
    unitsPerPack: row.units_per_pack,
    packPrice: row.pack_price,
    status: row.status,
    winner: row.winner,
    lastReasonCode: row.last_reason_code ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toChangeView(row: ListingChangeRow) {
  return {
    id: row.id,
    listingId: row.listing_id,
    kind: row.kind,
    status: row.status,
    packPrice: row.pack_price,
    previousPrice: row.previous_price,
    reasonCode: row.reason_code,
    reason: row.reason,
    changedAt: row.changed_at.toISOString(),
  };
}
