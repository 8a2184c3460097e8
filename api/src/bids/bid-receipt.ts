import { canonicalJson } from '../audit/audit-hash.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';

/** The bid as the company sent it and committed to it (docs/receipts.md). */
export interface ReceiptBid {
  readonly specCode: string;
  /** normalized: two decimals, the spelling the commitment covers */
  readonly packPrice: string;
  /** dual-envelope rounds: SHA-256 (hex) of the technical envelope's text; null otherwise */
  readonly technicalDigest: string | null;
}

/**
 * What the platform acknowledges; signed over its canonical JSON (every field but `signature`).
 * Three shapes: the answer to a bid (bid and salt: the company's own copy, answered to the request
 * and to its retries only), a withdrawal, and a listed receipt (commitment only: the platform keeps
 * no readable copy of a price before opening, so it cannot list one).
 */
export interface BidReceiptFields {
  readonly kind: 'bid' | 'withdrawal';
  readonly roundId: string;
  readonly productCode: string;
  readonly companyId: string;
  /** null for a withdrawal */
  readonly commitment: string | null;
  /** the bid as sent: only in the answer to the bid itself, null in listed receipts and withdrawals */
  readonly bid: ReceiptBid | null;
  /** beside `bid`: with it the company recomputes the commitment on its own */
  readonly salt: string | null;
  /** of the company's bid for this product: 1, then one more per replacement or withdrawal */
  readonly revision: number;
  /** the company's own counter in this round: never reveals anything about other companies */
  readonly sequence: number;
  /** the database clock inside the writing transaction, UTC with microseconds */
  readonly receivedAt: string;
  /** SHA-256 of the round's public key the bid was sealed to */
  readonly roundKeyId: string;
  /** the platform signing key's id */
  readonly keyId: string;
}

export interface BidReceipt extends BidReceiptFields {
  /** Ed25519, base64 */
  readonly signature: string;
}

/** Signs a receipt. Ed25519 is deterministic: the same fields always give the same receipt, byte for byte. */
export function signReceipt(signer: PlatformSigner, fields: Omit<BidReceiptFields, 'keyId'>): BidReceipt {
  const unsigned: BidReceiptFields = { ...fields, keyId: signer.keyId };
  return { ...unsigned, signature: signer.sign(Buffer.from(canonicalJson(unsigned), 'utf8')) };
}

/** True when the receipt is one this platform key signed, unaltered. */
export function verifyReceipt(signer: PlatformSigner, receipt: BidReceipt): boolean {
  const { signature, ...fields } = receipt;
  return (
    fields.keyId === signer.keyId && signer.verify(Buffer.from(canonicalJson(fields), 'utf8'), signature)
  );
}
