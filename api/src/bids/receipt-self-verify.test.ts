import { createHash, createPublicKey, randomUUID, verify } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';

/**
 * A company checks its receipt with nothing of the platform but its public key: the canonical
 * encoding, the commitment and the signature are written out here with node:crypto alone, as
 * docs/receipts.md describes them, so the format is proven self-contained.
 */

/** docs/receipts.md "Canonical JSON": keys sorted by UTF-16 code units, no whitespace, absent keys left out. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record)
    .sort()
    .filter((k) => record[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`);
  return `{${fields.join(',')}}`;
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface Receipt {
  kind: string;
  roundId: string;
  productCode: string;
  companyId: string;
  commitment: string | null;
  bid: { specCode: string; packPrice: string; technicalDigest: string | null } | null;
  salt: string | null;
  keyId: string;
  signature: string;
  [field: string]: unknown;
}

/** What a company's own program does with the receipt JSON and the published key. */
function verifyOnMyOwn(receiptJson: string, key: { keyId: string; publicKeyPem: string }) {
  const receipt = JSON.parse(receiptJson) as Receipt;
  const { signature, ...signed } = receipt;
  const publicKey = createPublicKey(key.publicKeyPem);
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
  const signatureOk = verify(
    null,
    Buffer.from(canonical(signed), 'utf8'),
    publicKey,
    Buffer.from(signature, 'base64'),
  );
  const bid = receipt.bid;
  const commitment =
    bid &&
    receipt.salt &&
    sha256(
      canonical({
        round: receipt.roundId,
        product: receipt.productCode,
        company: receipt.companyId,
        spec: bid.specCode,
        packPrice: bid.packPrice,
        salt: receipt.salt,
        technical: bid.technicalDigest ?? undefined,
      }),
    );
  return {
    signatureOk,
    keyIdOk: receipt.keyId === key.keyId && key.keyId === raw.subarray(0, 16).toString('hex'),
    commitmentOk: commitment !== null && commitment === receipt.commitment,
  };
}

let t: TestContext;
let plain: BidWorld;
let dual: BidWorld;

beforeAll(async () => {
  t = await createTestContext();
  const signer = t.deps.signer;
  plain = await createBidWorld(t.db, { companies: 2, products: ['AMLO'], signer });
  dual = await createBidWorld(t.db, { companies: 1, products: ['AMLO'], dualEnvelope: true, signer });
});
afterAll(() => t.close());

const put = (w: BidWorld, i: number, json: unknown, key = randomUUID()) =>
  t.request(`/api/rounds/${w.roundId}/bids/AMLO`, {
    method: 'PUT',
    token: w.companies[i]?.token,
    json,
    headers: { 'idempotency-key': key },
  });

async function publishedKey() {
  const res = await t.request('/api/receipts/verification-key'); // anonymous, while bidding is open
  expect(res.status).toBe(200);
  return (await res.json()) as { algorithm: string; keyId: string; publicKeyPem: string };
}

describe('a company verifies its receipt on its own', () => {
  it('the key is public from the start, and the receipt carries the bid as sent with its salt', async () => {
    const key = await publishedKey();
    expect(key.algorithm).toBe('Ed25519');
    const res = await put(plain, 0, { specCode: 'S1', packPrice: '12.8' });
    expect(res.status).toBe(200);
    const text = await res.text();
    const receipt = JSON.parse(text) as Receipt;
    expect(receipt.bid).toEqual({ specCode: 'S1', packPrice: '12.80', technicalDigest: null });
    expect(verifyOnMyOwn(text, key)).toEqual({ signatureOk: true, keyIdOk: true, commitmentOk: true });

    const forged = JSON.stringify({ ...receipt, bid: { ...receipt.bid, packPrice: '11.80' } });
    expect(verifyOnMyOwn(forged, key).signatureOk).toBe(false);
    const lied = JSON.stringify({ ...receipt, commitment: sha256('another bid') });
    expect(verifyOnMyOwn(lied, key).commitmentOk).toBe(false);
  });

  it('a dual-envelope bid commits to the technical text through its SHA-256', async () => {
    const technical = '符合 GMP; 产能 5,000,000 片/年';
    const res = await put(dual, 0, { specCode: 'S1', packPrice: '3.5', technical });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect((JSON.parse(text) as Receipt).bid?.technicalDigest).toBe(sha256(technical));
    expect(verifyOnMyOwn(text, await publishedKey())).toEqual({
      signatureOk: true,
      keyIdOk: true,
      commitmentOk: true,
    });
  });

  it('a retry answers the same receipt from its own body; listed receipts carry the commitment only', async () => {
    const idem = randomUUID();
    const body = { specCode: 'S1', packPrice: '21.30' };
    const first = await (await put(plain, 1, body, idem)).text();
    const retry = await put(plain, 1, body, idem);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.text()).toBe(first);

    const mine = await t.request(`/api/rounds/${plain.roundId}/bids/mine`, {
      token: plain.companies[1]?.token,
    });
    const listed = ((await mine.json()) as { items: Receipt[] }).items;
    const answered = JSON.parse(first) as Receipt;
    expect(listed).toEqual([
      expect.objectContaining({ commitment: answered.commitment, bid: null, salt: null }),
    ]);
    const key = await publishedKey();
    expect(verifyOnMyOwn(JSON.stringify(listed[0]), key)).toMatchObject({ signatureOk: true });
    // as JSON values: a base64 signature or hex id may hold "S1" or "213" by chance
    expect(JSON.stringify(listed)).not.toMatch(/"21\.3\d*"|"S1"/);
    expect(JSON.stringify(listed)).not.toContain(answered.salt as string);
  });

  it('the database keeps nothing that confirms a guessed price (the request hash is keyed)', async () => {
    const idem = randomUUID();
    const res = await put(plain, 1, { specCode: 'S1', packPrice: '7.77' }, idem);
    expect(res.status).toBe(200);
    const row = await t.db
      .selectFrom('bid_idempotency')
      .select('request_hash')
      .where('key', '=', idem)
      .executeTakeFirstOrThrow();
    // what a database reader would try: every price, hashed the way a plain digest of the request would be
    const guesses = ['7.76', '7.77', '7.78'].map((packPrice) =>
      sha256(
        canonical({
          method: 'PUT',
          roundId: plain.roundId,
          productCode: 'AMLO',
          body: { specCode: 'S1', packPrice },
        }),
      ),
    );
    expect(guesses).not.toContain(row.request_hash);
    const stored = await sql<{ row: string }>`
      select row_to_json(i)::text as row from bid_idempotency i where key = ${idem}`.execute(t.db);
    expect(stored.rows[0]?.row).not.toMatch(/7\.77/);
  });
});
