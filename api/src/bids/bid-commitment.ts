import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/audit-hash.js';
import { freshRandom } from '../sealing/random-pool.js';
import { openForRound, sealForRound, type SealedForRound } from '../sealing/round-key.js';

/** What a company commits to: ids as the company itself knows them (round id, its company id, codes). */
export interface BidTerms {
  readonly roundId: string;
  readonly productCode: string;
  readonly companyId: string;
  readonly specCode: string;
  /** normalized: two decimals */
  readonly packPrice: string;
  /** hex, 32 random bytes, returned only to the company */
  readonly salt: string;
  /** dual-envelope rounds: SHA-256 (hex) of the technical envelope's text, so it is committed to as well */
  readonly technicalDigest?: string;
}

/** The sealed price envelope's content: everything needed to recompute the commitment at opening. */
export interface PriceEnvelope {
  readonly specCode: string;
  readonly packPrice: string;
  readonly salt: string;
  readonly technicalDigest?: string;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** "10.5" → "10.50": one spelling per price, so the commitment does not depend on how it was typed. */
export function normalizePackPrice(price: string): string {
  const [whole = '0', fraction = ''] = price.split('.');
  return `${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
}

export const newSalt = () => freshRandom(32).toString('hex');
export const digestText = (text: string) => sha256(Buffer.from(text, 'utf8'));

/**
 * commitment = SHA-256(canonical JSON of the terms): keys sorted, no whitespace. The company can
 * recompute it from its own bid and salt; the salt (256 bits) makes the small space of prices
 * impossible to search from the published commitment.
 */
export function bidCommitment(terms: BidTerms): string {
  return sha256(
    canonicalJson({
      round: terms.roundId,
      product: terms.productCode,
      company: terms.companyId,
      spec: terms.specCode,
      packPrice: terms.packPrice,
      salt: terms.salt,
      technical: terms.technicalDigest,
    }),
  );
}

/** Associated data binding an envelope to its row: a box moved to another company or product fails to open. */
export const envelopeAad = (roundId: string, companyId: string, productId: string) =>
  `round:${roundId}|company:${companyId}|product:${productId}`;
export const technicalAad = (aad: string) => `${aad}|technical`;

/**
 * Plaintext padded with spaces (JSON ignores them) to a fixed bucket, so the ciphertext's length says
 * nothing about the price or the text: prices to 256 bytes, technical texts to multiples of 4 KiB.
 */
function padded(json: string, bucket: number): Buffer {
  const raw = Buffer.from(json, 'utf8');
  const size = Math.max(bucket, Math.ceil(raw.length / bucket) * bucket);
  return Buffer.concat([raw, Buffer.alloc(size - raw.length, ' ')]);
}

export function sealPriceEnvelope(publicKey: Buffer, content: PriceEnvelope, aad: string): SealedForRound {
  return sealForRound(publicKey, padded(canonicalJson(content), 256), aad);
}

export function sealTechnicalEnvelope(publicKey: Buffer, technical: string, aad: string): SealedForRound {
  return sealForRound(publicKey, padded(canonicalJson({ technical }), 4096), technicalAad(aad));
}

/** Opens a price envelope; throws when it was altered or is not a price envelope. */
export function openPriceEnvelope(privateKey: Buffer, sealed: SealedForRound, aad: string): PriceEnvelope {
  const value = JSON.parse(openForRound(privateKey, sealed, aad).toString('utf8')) as Partial<PriceEnvelope>;
  if (
    typeof value.specCode !== 'string' ||
    typeof value.packPrice !== 'string' ||
    typeof value.salt !== 'string'
  )
    throw new Error('not a price envelope');
  return value as PriceEnvelope;
}

export function openTechnicalEnvelope(privateKey: Buffer, sealed: SealedForRound, aad: string): string {
  const value = JSON.parse(openForRound(privateKey, sealed, technicalAad(aad)).toString('utf8')) as {
    technical?: unknown;
  };
  if (typeof value.technical !== 'string') throw new Error('not a technical envelope');
  return value.technical;
}
