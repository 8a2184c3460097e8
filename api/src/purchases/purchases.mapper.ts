import type { Selectable } from 'kysely';
import type { DeliveryRow } from './deliveries.repository.js';
import type { DistributorTable } from './distributor.table.js';
import { lineIsActive, type AgreementLineRow, type OrderRow } from './orders.repository.js';

export function toOrderView(row: OrderRow) {
  return {
    id: row.id,
    roundId: row.round_id,
    hospitalId: row.hospital_id,
    hospitalName: row.hospital_name,
    regionCode: row.region_code,
    companyId: row.company_id,
    companyName: row.company_name,
    agreementId: row.agreement_id,
    productId: row.product_id,
    productCode: row.product_code,
    productName: row.product_name,
    specCode: row.spec_code,
    packs: row.packs,
    units: String(row.units),
    packPrice: row.pack_price,
    amount: row.amount,
    overAgreed: row.over_agreed,
    orderedOn: row.ordered_on,
    orderedAt: row.ordered_at.toISOString(),
    externalRef: row.external_ref,
    status: row.status,
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    cancelReason: row.cancel_reason,
    deliveredPacks: row.delivered_packs,
    packsToDeliver: row.status === 'cancelled' ? 0 : row.packs - row.delivered_packs,
  };
}

export function toOrderableLineView(row: AgreementLineRow) {
  return {
    agreementId: row.agreement_id,
    companyId: row.company_id,
    companyName: row.company_name,
    productId: row.product_id,
    productCode: row.product_code,
    productName: row.product_name,
    specCode: row.spec_code,
    unitsPerPack: row.units_per_pack,
    packPrice: row.pack_price,
    supply: row.supply,
    agreedVolume: String(row.agreed_volume),
    usedUnits: row.used_units,
    cycleStart: row.cycle_start,
    cycleEnd: row.cycle_end,
    active: lineIsActive(row),
  };
}

export function toDeliveryView(row: DeliveryRow) {
  return {
    id: row.id,
    orderId: row.purchase_id,
    hospitalId: row.hospital_id,
    hospitalName: row.hospital_name,
    companyId: row.company_id,
    companyName: row.company_name,
    productCode: row.product_code,
    productName: row.product_name,
    distributorId: row.distributor_id,
    distributorName: row.distributor_name,
    batchNo: row.batch_no,
    expiryOn: row.expiry_on,
    packs: row.packs,
    deliveredOn: row.delivered_on,
    deliveredAt: row.delivered_at.toISOString(),
    acceptedOn: row.accepted_on,
    acceptedPacks: row.accepted_packs,
    shortPacks: row.short_packs,
    damagedPacks: row.damaged_packs,
    acceptanceNote: row.acceptance_note,
  };
}

export function toDistributorView(row: Selectable<DistributorTable>) {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    uscc: row.uscc,
    regions: row.regions,
    createdAt: row.created_at.toISOString(),
  };
}
