import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The platform's Ed25519 identity: it signs bid receipts and published records. */
export interface PlatformSigner {
  readonly publicKeyPem: string;
  /** hex key id: the first 16 bytes of the raw 32-byte Ed25519 public key */
  readonly keyId: string;
  sign(message: Buffer): string;
  verify(message: Buffer, signature: string): boolean;
}

export function createSigner(privateKey: KeyObject): PlatformSigner {
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const keyId = Buffer.from(der).subarray(-32, -16).toString('hex');
  return {
    publicKeyPem,
    keyId,
    sign: (message) => sign(null, message, privateKey).toString('base64'),
    verify: (message, signature) => verify(null, message, publicKey, Buffer.from(signature, 'base64')),
  };
}

/** A signer from PLATFORM_SIGNING_KEY (PEM), else from `<dataDir>/keys/platform-ed25519.pem`, created once. */
export function loadOrCreateSigner(dataDir: string, pemFromEnv?: string): PlatformSigner {
  if (pemFromEnv) return createSigner(createPrivateKey(pemFromEnv));
  const file = path.join(dataDir, 'keys', 'platform-ed25519.pem');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return createSigner(createPrivateKey(readFileSync(file)));
}

/** A throwaway signer for tests. */
export function ephemeralSigner(): PlatformSigner {
  return createSigner(generateKeyPairSync('ed25519').privateKey);
}
