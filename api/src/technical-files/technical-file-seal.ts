import { createHash } from 'node:crypto';
import { envelopeAad } from '../bids/bid-commitment.js';
import { openForRound, sealForRound } from '../sealing/round-key.js';
import type { FileSealing } from './technical-files.table.js';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Associated data binding a sealed file to its bid row and its own id, in the technical envelope's
 * family: a ciphertext moved to another file, company or product fails to open.
 */
export const technicalFileAad = (roundId: string, companyId: string, productId: string, fileId: string) =>
  `${envelopeAad(roundId, companyId, productId)}|technical-file:${fileId}`;

/** Where the store keeps a file: ids only, so a key names no round, company or file name. */
export const stagingKey = (fileId: string) => `technical-files/staging/${fileId}`;
/** one key per sealing attempt: two confirmations racing never overwrite or delete each other's box */
export const sealedKey = (fileId: string, attempt: string) => `technical-files/sealed/${fileId}/${attempt}`;
export const releasedKey = (fileId: string) => `technical-files/released/${fileId}`;

export interface SealedFile {
  /** 12-byte nonce ‖ AES-256-GCM ciphertext ‖ 16-byte tag: the object the store keeps */
  readonly ciphertext: Buffer;
  /** the file's fresh data key wrapped to the round's public key, kept in the database */
  readonly sealing: FileSealing;
}

/**
 * Seals a file exactly as a technical envelope is sealed (sealForRound: a fresh AES-256-GCM data key,
 * wrapped to the round's public key), with the box stored as raw bytes instead of base64 text.
 */
export function sealTechnicalFile(roundPublicKey: Buffer, plaintext: Buffer, aad: string): SealedFile {
  const { box, ...sealing } = sealForRound(roundPublicKey, plaintext, aad);
  return { ciphertext: Buffer.from(box, 'base64'), sealing };
}

/** Opens a sealed file with the recombined round key; throws when the ciphertext or its row was altered. */
export function openTechnicalFile(
  roundPrivateKey: Buffer,
  sealing: FileSealing,
  ciphertext: Buffer,
  aad: string,
): Buffer {
  return openForRound(roundPrivateKey, { ...sealing, box: ciphertext.toString('base64') }, aad);
}
