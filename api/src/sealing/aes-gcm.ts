import { createCipheriv, createDecipheriv } from 'node:crypto';
import { freshRandom } from './random-pool.js';

export interface Sealed {
  /** 12-byte nonce ‖ ciphertext ‖ 16-byte tag, base64 */
  readonly box: string;
}

/** AES-256-GCM with a fresh 96-bit nonce; `aad` binds the box to where it belongs (round, bid row). */
export function sealWithKey(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = freshRandom(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { box: Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64') };
}

/** Opens a box; throws if the ciphertext, nonce, tag or associated data were altered. */
export function openWithKey(key: Buffer, sealed: Sealed, aad: string): Buffer {
  const raw = Buffer.from(sealed.box, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
}
