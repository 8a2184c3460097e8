import { agreementStatus, isLineInCycle, type AgreementLineTerm } from '@jicai/domain';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import {
  agreementTermsSha256,
  verifyAgreementSide,
  type AgreementTermsDoc,
  type SigningSide,
} from './agreement-signature.js';
import type { AgreementLineRow, AgreementRow } from './agreements.repository.js';
import { toAgreementView } from './agreements.mapper.js';

const lineTerm = (l: AgreementLineRow): AgreementLineTerm => ({
  cycleStart: l.cycle_start,
  cycleEnd: l.cycle_end,
  endedOn: l.ended_on,
});

/** What both parties sign, from the stored agreement and its lines. */
export function termsDocOf(
  row: Pick<AgreementRow, 'id' | 'round_id' | 'hospital_id' | 'company_id'>,
  lines: readonly AgreementLineRow[],
): AgreementTermsDoc {
  return {
    agreementId: row.id,
    roundId: row.round_id,
    hospitalId: row.hospital_id,
    companyId: row.company_id,
    lines: lines.map((l) => ({
      productId: l.product_id,
      groupKey: l.group_key,
      specCode: l.spec_code,
      unitsPerPack: l.units_per_pack,
      packPrice: l.pack_price,
      agreedVolume: String(l.agreed_volume),
      supply: l.supply,
      cycleStart: l.cycle_start,
      cycleEnd: l.cycle_end,
    })),
  };
}

function sideView(row: AgreementRow, side: SigningSide) {
  const at = side === 'hospital' ? row.hospital_signed_at : row.company_signed_at;
  if (at === null) return null;
  return {
    signedAt: at.toISOString(),
    signedBy: (side === 'hospital' ? row.hospital_signer_name : row.company_signer_name) ?? '',
    signature: (side === 'hospital' ? row.hospital_signature : row.company_signature) ?? '',
  };
}

/** An agreement as its parties and the office read it: status on the round's date, lines, signatures. */
export function toSignedAgreementView(row: AgreementRow, lines: readonly AgreementLineRow[], today: string) {
  const standing = agreementStatus(
    {
      hospitalSigned: row.hospital_signed_at !== null,
      companySigned: row.company_signed_at !== null,
      renewed: row.renewed_at !== null,
      lines: lines.map(lineTerm),
    },
    today,
  );
  return {
    ...toAgreementView(row),
    status: standing.status,
    awaiting: [...standing.awaiting],
    // stored with the first signature; until then what the parties are asked to sign
    termsSha256: row.terms_sha256 ?? agreementTermsSha256(termsDocOf(row, lines)),
    hospitalSignature: sideView(row, 'hospital'),
    companySignature: sideView(row, 'company'),
    lines: lines.map((l) => ({
      productCode: l.product_code,
      productName: l.product_name,
      groupKey: l.group_key,
      specCode: l.spec_code,
      unitsPerPack: l.units_per_pack,
      packPrice: l.pack_price,
      agreedVolume: String(l.agreed_volume),
      supply: l.supply,
      cycleStart: l.cycle_start,
      cycleEnd: l.cycle_end,
      endedOn: l.ended_on,
      endReason: l.end_reason,
      inCycle: isLineInCycle(lineTerm(l), today),
    })),
  };
}

/** A signature that is not even Ed25519's shape (tampered in the database) verifies as false, not as an error. */
function verifies(...args: Parameters<typeof verifyAgreementSide>): boolean {
  try {
    return verifyAgreementSide(...args);
  } catch {
    return false;
  }
}

/**
 * Anyone who may read the agreement can check it: the stored terms hash is the hash of the terms as
 * they stand, and each signature is the platform's over that hash, that side, that user and instant.
 */
export function verifyAgreement(
  signer: PlatformSigner,
  row: AgreementRow,
  lines: readonly AgreementLineRow[],
) {
  const current = agreementTermsSha256(termsDocOf(row, lines));
  const side = (s: SigningSide) => {
    const at = s === 'hospital' ? row.hospital_signed_at : row.company_signed_at;
    const by = s === 'hospital' ? row.hospital_signed_by : row.company_signed_by;
    const signature = s === 'hospital' ? row.hospital_signature : row.company_signature;
    if (at === null || by === null || signature === null || row.terms_sha256 === null) return null;
    return verifies(
      signer,
      {
        agreementId: row.id,
        termsSha256: row.terms_sha256,
        side: s,
        userId: by,
        signedAt: at.toISOString(),
        keyId: signer.keyId,
      },
      signature,
    );
  };
  return {
    keyId: signer.keyId,
    termsIntact: row.terms_sha256 === null || row.terms_sha256 === current,
    hospital: side('hospital'),
    company: side('company'),
  };
}
