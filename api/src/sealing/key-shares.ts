import { combine, split } from 'shamir-secret-sharing';
import { publicKeyOf } from './round-key.js';

/** Shamir k-of-n over the round's private key (the audited `shamir-secret-sharing` library). */
export async function splitRoundKey(privateKeyDer: Buffer, n: number, k: number): Promise<string[]> {
  const shares = await split(new Uint8Array(privateKeyDer), n, k);
  return shares.map((s) => Buffer.from(s).toString('base64url'));
}

/**
 * Recombines shares; with fewer than k (or a wrong share) Shamir silently yields a wrong secret, so the
 * result is accepted only if it is the private key of the round's published public key.
 */
export async function combineRoundKey(
  shares: readonly string[],
  publicKeyDer: Buffer,
): Promise<Buffer | null> {
  if (shares.length < 2) return null;
  try {
    const secret = Buffer.from(await combine(shares.map((s) => new Uint8Array(Buffer.from(s, 'base64url')))));
    return publicKeyOf(secret).equals(publicKeyDer) ? secret : null;
  } catch {
    return null;
  }
}
