import { createHmac, hkdfSync } from 'node:crypto';
import { openWithKey, sealWithKey } from '../sealing/aes-gcm.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';

/**
 * The platform's at-rest key, for the few secrets it must hold for a while without the database being
 * able to read them: a receipt's salt (with the commitment it would let a database reader try every
 * price) and a key share between the ceremony and its official's one fetch (or between an official
 * handing it in and the k-th share arriving).
 *
 * Derived from the platform's Ed25519 signature over a fixed label: Ed25519 signatures are
 * deterministic, so this is a stable secret that only the holder of the signing key (kept outside
 * the database: PLATFORM_SIGNING_KEY or DATA_DIR/keys) can compute. The label never collides with
 * what the platform signs otherwise (receipts and records are JSON objects, starting with `{`).
 *
 * Trust assumption: the platform process already sees each price in clear for the instant it seals
 * it, so trusting it with these secrets adds no new party; a database dump or an office admin with
 * SQL access learns nothing from them. Rotating the signing key makes held secrets unreadable:
 * rotate between rounds only.
 */
const LABEL = Buffer.from('jicai platform at-rest key v1', 'utf8');
const keys = new WeakMap<PlatformSigner, Buffer>();
const macKeys = new WeakMap<PlatformSigner, Buffer>();

function derive(signer: PlatformSigner, cache: WeakMap<PlatformSigner, Buffer>, info: string): Buffer {
  let key = cache.get(signer);
  if (!key) {
    const ikm = Buffer.from(signer.sign(LABEL), 'base64');
    key = Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), info, 32));
    cache.set(signer, key);
  }
  return key;
}

const atRestKey = (signer: PlatformSigner) => derive(signer, keys, 'jicai at-rest aes-256-gcm');

/**
 * HMAC-SHA256 (hex) under a key derived like the at-rest key: a digest the database may keep of
 * something price-dependent (a bid request, to recognise its retry) without a database reader being
 * able to try every price against it, as a plain SHA-256 would allow.
 */
export function digestAtRest(signer: PlatformSigner, text: string): string {
  const key = derive(signer, macKeys, 'jicai at-rest hmac-sha256');
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** AES-256-GCM under the at-rest key; `aad` names the row the secret belongs to. */
export function sealAtRest(signer: PlatformSigner, secret: string, aad: string): string {
  return sealWithKey(atRestKey(signer), Buffer.from(secret, 'utf8'), aad).box;
}

/** Opens what sealAtRest sealed; throws if it was altered or belongs to another row. */
export function openAtRest(signer: PlatformSigner, box: string, aad: string): string {
  return openWithKey(atRestKey(signer), { box }, aad).toString('utf8');
}
