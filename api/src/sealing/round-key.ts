import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
} from 'node:crypto';
import { openWithKey, sealWithKey } from './aes-gcm.js';
import { freshRandom } from './random-pool.js';

/**
 * A round's sealing key pair (X25519). The public key seals bids during bidding; the private key
 * exists only as Shamir shares held by the opening officials, so until k of them meet nobody — not
 * the platform, not an office admin, not whoever holds the database — can open a bid.
 * Each bid is encrypted with AES-256-GCM under a fresh data key; the data key is wrapped to the
 * round's public key (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM).
 */
export interface RoundKeyPair {
  readonly publicKeyDer: Buffer;
  readonly privateKeyDer: Buffer;
}

export function generateRoundKeyPair(): RoundKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKeyDer: publicKey.export({ type: 'spki', format: 'der' }),
    privateKeyDer: privateKey.export({ type: 'pkcs8', format: 'der' }),
  };
}

/** The public key a private key belongs to: how a recombined key is told from a wrong one. */
export function publicKeyOf(privateKeyDer: Buffer): Buffer {
  return createPublicKey(createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' })).export({
    type: 'spki',
    format: 'der',
  });
}

export interface SealedForRound {
  /**
   * 2: the data key is wrapped under one key per ephemeral pair, bound to its row by the associated
   * data; absent (first version): under a key derived per row (HKDF over the row's aad)
   */
  readonly v?: 2;
  /** the ephemeral public key (spki DER, base64) */
  readonly ephemeral: string;
  /** the wrapped data key */
  readonly wrappedKey: string;
  /** the content under the data key */
  readonly box: string;
}

/**
 * Seals `plaintext` for the holder of the round's private key; `aad` binds it to its row.
 * The ephemeral key pair and its wrapping key are shared by a batch of bids (see senderKey); every
 * bid has its own random data key, and both boxes carry the row's aad, so a box moved to another row
 * fails to open. (GCM with random nonces: a wrapping key wraps at most SENDER_USES data keys.)
 */
export function sealForRound(roundPublicKeyDer: Buffer, plaintext: Buffer, aad: string): SealedForRound {
  const dataKey = freshRandom(32);
  const sender = senderKey(roundPublicKeyDer);
  return {
    v: 2,
    ephemeral: sender.ephemeral,
    wrappedKey: sealWithKey(sender.wrappingKey, dataKey, `${aad}|key`).box,
    box: sealWithKey(dataKey, plaintext, aad).box,
  };
}

// An ephemeral X25519 pair costs ~150 µs to make, export and agree on; under a bid burst that was the
// largest share of sealing. It lives only in this process's memory and is replaced after a batch.
const SENDER_USES = 4_096;
const senders = new Map<string, { ephemeral: string; wrappingKey: Buffer; uses: number }>();

function senderKey(roundPublicKeyDer: Buffer) {
  const id = roundPublicKeyDer.toString('base64');
  let sender = senders.get(id);
  if (!sender || sender.uses >= SENDER_USES) {
    const { publicKey, privateKey } = generateKeyPairSync('x25519');
    sender = {
      ephemeral: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      wrappingKey: wrappingKeyV2(
        diffieHellman({ privateKey, publicKey: publicKeyObject(roundPublicKeyDer) }),
      ),
      uses: 0,
    };
    if (senders.size > 1000) senders.clear();
    senders.set(id, sender);
  }
  sender.uses++;
  return sender;
}

/** Opens what sealForRound sealed; throws on any tampering or the wrong key. */
export function openForRound(roundPrivateKeyDer: Buffer, sealed: SealedForRound, aad: string): Buffer {
  const priv = createPrivateKey({ key: roundPrivateKeyDer, format: 'der', type: 'pkcs8' });
  const shared = diffieHellman({
    privateKey: priv,
    publicKey: publicKeyObject(Buffer.from(sealed.ephemeral, 'base64')),
  });
  const kek = sealed.v === 2 ? wrappingKeyV2(shared) : wrappingKeyV1(shared, aad);
  const dataKey = openWithKey(kek, { box: sealed.wrappedKey }, `${aad}|key`);
  return openWithKey(dataKey, { box: sealed.box }, aad);
}

// a round's public key seals every bid of the round: parse it once, not per bid
const parsedKeys = new Map<string, KeyObject>();

function publicKeyObject(der: Buffer): KeyObject {
  const id = der.toString('base64');
  let key = parsedKeys.get(id);
  if (!key) {
    key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    if (parsedKeys.size > 1000) parsedKeys.clear();
    parsedKeys.set(id, key);
  }
  return key;
}

function wrappingKeyV1(shared: Buffer, aad: string): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.alloc(0), `jicai bid key wrap|${aad}`, 32));
}

function wrappingKeyV2(shared: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.alloc(0), 'jicai bid key wrap v2', 32));
}
