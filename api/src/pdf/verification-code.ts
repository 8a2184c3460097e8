import { createHash } from 'node:crypto';
import type { PlatformSigner } from '../sealing/platform-signer.js';

// Crockford's base 32: digits and capitals without I, L, O and U, so a code read off paper or a
// phone is never mistaken (0/O, 1/I/L) and spells no word
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;
const LENGTH = GROUPS * GROUP_LENGTH;

/** A code as printed: `7K3M-Q9TX-2B4R` (12 characters, 60 bits). */
export const VERIFICATION_CODE_PATTERN =
  /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * The verification code of the document of `kind` about `subject`. Deterministic, because it is
 * printed into a PDF whose bytes must be reproducible; keyed by the platform's signature, because a
 * code computed from public facts would let anyone ask whether a company's receipt exists (a bid's
 * existence is secret before opening). Ed25519 signatures are deterministic, so the signer is the key.
 */
export function verificationCodeFor(signer: PlatformSigner, kind: string, subject: string): string {
  const signature = signer.sign(Buffer.from(`jicai document code\n${kind}\n${subject}`, 'utf8'));
  const digest = createHash('sha256').update(signature, 'utf8').digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[Number((bits >> BigInt(59 - i * 5)) & 31n)];
  return formatCode(code);
}

/**
 * A typed or scanned code in its printed spelling, or null when it cannot be one: case, spaces and
 * hyphens do not matter, and the letters people confuse with digits read as those digits
 * (O → 0, I and L → 1), as Crockford's base 32 prescribes.
 */
export function normalizeVerificationCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return formatCode(compact);
}

/** The public page a code resolves on: what the QR code holds. */
export function verificationUrl(publicOrigin: string, code: string): string {
  return `${publicOrigin.replace(/\/+$/, '')}/verify/${code}`;
}

function formatCode(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(compact.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH));
  return groups.join('-');
}

/** The origin verification links start with: PUBLIC_ORIGIN, else this machine's portal. */
export function publicOriginOf(config: { readonly PUBLIC_ORIGIN?: string; readonly PORT: number }): string {
  return config.PUBLIC_ORIGIN ?? `http://localhost:${config.PORT}`;
}
