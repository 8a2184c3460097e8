import { formatShanghai } from '@jicai/domain';
import type { Selectable } from 'kysely';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { signedText, type EvaluationRecordRow } from './evaluation-record.js';
import type { ObjectionTable, RegionPickTable, RevivalOfferTable } from './award.table.js';

const at = (d: Date | null) => (d ? formatShanghai(d) : null);

export function toRecordView(row: EvaluationRecordRow, signer: PlatformSigner) {
  return {
    seq: row.seq,
    reason: row.reason,
    createdAt: formatShanghai(row.created_at),
    ruleset: { name: row.ruleset_name, version: row.ruleset_version },
    inputSha256: row.input_sha256,
    outputSha256: row.output_sha256,
    signature:
      row.signature === null
        ? null
        : {
            algorithm: 'Ed25519' as const,
            keyId: row.signing_key_id,
            value: row.signature,
            signedText: signedText(row),
            publicKeyPem: row.signing_key_id === signer.keyId ? signer.publicKeyPem : null,
          },
  };
}

export function toOfferView(
  row: Selectable<RevivalOfferTable> & { product_code: string },
  closesAt: Date | null,
) {
  return {
    id: row.id,
    productCode: row.product_code,
    group: row.group_key,
    bidId: row.bid_id,
    offerUcp: row.offer_ucp,
    answer: row.answer,
    answeredAt: at(row.answered_at),
    closesAt: at(closesAt),
  };
}

export function toObjectionView(row: Selectable<ObjectionTable> & { product_code: string }) {
  return {
    id: row.id,
    companyId: row.company_id,
    type: row.type,
    productCode: row.product_code,
    statement: row.statement,
    status: row.status,
    answer: row.answer,
    correction: row.correction ?? null,
    filedAt: formatShanghai(row.filed_at),
    answeredAt: at(row.answered_at),
  };
}

export function toPickView(row: Selectable<RegionPickTable>) {
  return {
    turn: row.turn,
    companyId: row.company_id,
    regionId: row.region_code,
    kind: row.kind,
    deadline: formatShanghai(row.deadline),
    pickedAt: formatShanghai(row.picked_at),
    byDefault: row.by_default,
  };
}

export function toAgreedVolumeView(
  row: {
    product_code: string;
    product_name: string;
    group_key: string | null;
    hospital_id: string | null;
    hospital_name: string | null;
    region_code: string | null;
    region_name: string | null;
    company_id: string;
    company_name: string;
    quantity: string;
  },
  price: { specCode: string; unitsPerPack: number; packPrice: string; amount: string } | undefined,
) {
  return {
    productCode: row.product_code,
    productName: row.product_name,
    group: row.group_key,
    hospitalId: row.hospital_id,
    hospitalName: row.hospital_name,
    /** the hospital's region */
    regionId: row.region_code,
    regionName: row.region_name,
    companyId: row.company_id,
    companyName: row.company_name,
    specCode: price?.specCode ?? null,
    unitsPerPack: price?.unitsPerPack ?? null,
    /** smallest units (片/粒/支) */
    agreedVolume: Number(row.quantity),
    /** 中选价: the winner's winningPackPrice, per pack of its spec */
    awardedPrice: price?.packPrice ?? null,
    /** awardedPrice × agreedVolume ÷ unitsPerPack, to the fen */
    amount: price?.amount ?? null,
  };
}
