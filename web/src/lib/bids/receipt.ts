import type { components } from '@jicai/api/client';
import { canonicalJson } from './canonical-json';

export type BidReceipt = components['schemas']['BidReceipt'];
export type VerificationKey = components['schemas']['ReceiptVerificationKey'];

const bytes = (text: string) => new TextEncoder().encode(text);
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** The published key (SubjectPublicKeyInfo PEM) as a WebCrypto Ed25519 verifying key. */
export function importVerificationKey(key: VerificationKey): Promise<CryptoKey> {
  const der = fromBase64(key.publicKeyPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''));
  return crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
}

/** Ed25519 over the canonical JSON of every field but `signature`, under the published key (docs/receipts.md step 1). */
export async function verifySigned(
  signed: { keyId: string; signature: string },
  key: VerificationKey,
  publicKey: CryptoKey,
): Promise<boolean> {
  const { signature, ...fields } = signed;
  if (fields.keyId !== key.keyId) return false;
  try {
    return await crypto.subtle.verify(
      'Ed25519',
      publicKey,
      fromBase64(signature),
      bytes(canonicalJson(fields)),
    );
  } catch {
    return false; // a signature that is not even base64 of 64 bytes is simply not valid
  }
}

/**
 * commitment = SHA-256(canonical JSON {round, product, company, spec, packPrice, salt[, technical]})
 * from the receipt's own bid and salt (docs/receipts.md step 2; api/src/bids/bid-commitment.ts);
 * null when the receipt carries no bid (a withdrawal, or a listed receipt).
 */
export async function recomputeCommitment(receipt: BidReceipt): Promise<string | null> {
  if (!receipt.bid || !receipt.salt) return null;
  const terms = {
    round: receipt.roundId,
    product: receipt.productCode,
    company: receipt.companyId,
    spec: receipt.bid.specCode,
    packPrice: receipt.bid.packPrice,
    salt: receipt.salt,
    technical: receipt.bid.technicalDigest ?? undefined,
  };
  return hex(await crypto.subtle.digest('SHA-256', bytes(canonicalJson(terms))));
}

/** Both checks of a receipt: the platform signed it, and its commitment is the one its bid gives. */
export async function checkReceipt(receipt: BidReceipt, key: VerificationKey, publicKey: CryptoKey) {
  const signed = await verifySigned(receipt, key, publicKey);
  const recomputed = await recomputeCommitment(receipt);
  return { signed, commitmentMatches: recomputed === null ? null : recomputed === receipt.commitment };
}

/** Is this a receipt at all (a file someone chose, or what localStorage held)? */
export function isReceipt(value: unknown): value is BidReceipt {
  const r = value as Partial<BidReceipt> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    (r.kind === 'bid' || r.kind === 'withdrawal') &&
    typeof r.roundId === 'string' &&
    typeof r.productCode === 'string' &&
    typeof r.companyId === 'string' &&
    typeof r.revision === 'number' &&
    typeof r.signature === 'string' &&
    typeof r.keyId === 'string'
  );
}

/** The receipt as a file to keep: pretty JSON, the very fields that were signed. */
export const receiptFileName = (r: BidReceipt) => `receipt-${r.productCode}-r${r.revision}.json`;
export const receiptJson = (r: BidReceipt) => `${JSON.stringify(r, null, 2)}\n`;
