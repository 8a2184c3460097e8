import { importVerificationKey, type VerificationKey } from './receipt';

let loading: Promise<{ key: VerificationKey; publicKey: CryptoKey }> | undefined;

/** The platform's published receipt key (GET /api/receipts/verification-key), fetched once per page. */
export function verificationKey() {
  loading ??= (async () => {
    const response = await fetch('/api/receipts/verification-key');
    if (!response.ok) throw new Error(`verification key: ${response.status}`);
    const key = (await response.json()) as VerificationKey;
    return { key, publicKey: await importVerificationKey(key) };
  })();
  loading.catch(() => (loading = undefined)); // a failed fetch is tried again next time
  return loading;
}
