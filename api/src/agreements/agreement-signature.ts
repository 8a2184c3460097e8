import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/audit-hash.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';

/** What both parties sign: the agreement's parties and every line's terms (issue 12.1). */
export interface AgreementTermsDoc {
  readonly agreementId: string;
  readonly roundId: string;
  readonly hospitalId: string;
  readonly companyId: string;
  readonly lines: readonly {
    readonly productId: string;
    readonly groupKey: string | null;
    readonly specCode: string;
    readonly unitsPerPack: number;
    /** the awarded price per pack, a decimal string as stored */
    readonly packPrice: string;
    /** an integer, as a string (int8) */
    readonly agreedVolume: string;
    readonly supply: 'primary' | 'backup';
    readonly cycleStart: string;
    readonly cycleEnd: string;
  }[];
}

/**
 * SHA-256 (hex) of the terms' canonical JSON, lines in product and group order: the same terms
 * always hash the same, whichever order the database returned them in.
 */
export function agreementTermsSha256(doc: AgreementTermsDoc): string {
  const lines = [...doc.lines].sort((a, b) =>
    a.productId === b.productId
      ? (a.groupKey ?? '').localeCompare(b.groupKey ?? '')
      : a.productId.localeCompare(b.productId),
  );
  return createHash('sha256')
    .update(canonicalJson({ ...doc, lines }), 'utf8')
    .digest('hex');
}

export type SigningSide = 'hospital' | 'company';

/** One side's signature: who signed which terms when, as the platform attests it. */
export interface AgreementSignatureFields {
  readonly agreementId: string;
  readonly termsSha256: string;
  readonly side: SigningSide;
  readonly userId: string;
  /** the database clock inside the signing transaction, ISO UTC */
  readonly signedAt: string;
  readonly keyId: string;
}

/**
 * The signature stored beside the agreement and in the audit entry: the platform's Ed25519 key over
 * the canonical JSON of the fields. Users have no keys of their own; the platform attests that this
 * signed-in user, having re-entered the password, agreed to exactly these terms.
 */
export function signAgreementSide(
  signer: PlatformSigner,
  fields: Omit<AgreementSignatureFields, 'keyId'>,
): string {
  const all: AgreementSignatureFields = { ...fields, keyId: signer.keyId };
  return signer.sign(Buffer.from(canonicalJson(all), 'utf8'));
}

export function verifyAgreementSide(
  signer: PlatformSigner,
  fields: AgreementSignatureFields,
  signature: string,
): boolean {
  return (
    fields.keyId === signer.keyId && signer.verify(Buffer.from(canonicalJson(fields), 'utf8'), signature)
  );
}
