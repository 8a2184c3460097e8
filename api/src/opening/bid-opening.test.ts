import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../audit/audit-hash.js';
import { readProblem } from '../test-support/sign-in.js';
import { combineRoundKey } from '../sealing/key-shares.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { envelopeAad, newSalt, sealPriceEnvelope } from '../bids/bid-commitment.js';
import type { BidReceipt } from '../bids/bid-receipt.js';
import {
  closeBidding,
  createBidWorld,
  createTokenUser,
  type BidWorld,
} from '../test-support/bid-test-world.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

type User = BidWorld['companies'][number];
const at = <T>(list: readonly T[], i: number) => list[i] as T;

async function bid(w: BidWorld, c: User, product: string, body: Record<string, string>): Promise<BidReceipt> {
  const res = await t.request(`/api/rounds/${w.roundId}/bids/${product}`, {
    method: 'PUT',
    token: c.token,
    json: { specCode: 'S1', ...body },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as BidReceipt;
}

const shareOf = (w: BidWorld, i: number) => at(w.ceremony?.shares ?? [], i).share;
const handIn = (w: BidWorld, official: User, share: string) =>
  t.request(`/api/rounds/${w.roundId}/opening/shares`, {
    method: 'POST',
    token: official.token,
    json: { share },
  });

describe('opening with k of n key shares', () => {
  let w: BidWorld;
  const receipts: BidReceipt[] = [];

  beforeAll(async () => {
    w = await createBidWorld(t.db, { companies: 4, products: ['AMLO', 'ATOR'], officials: 4, k: 3 });
    const [c0, c1, c2, c3] = w.companies as [User, User, User, User];
    receipts.push(await bid(w, c0, 'AMLO', { packPrice: '10.00' }));
    receipts.push(await bid(w, c1, 'AMLO', { packPrice: '11.00' }));
    receipts.push(await bid(w, c2, 'AMLO', { packPrice: '12.00' }));
    receipts.push(await bid(w, c3, 'AMLO', { packPrice: '13.00' }));
    receipts.push(await bid(w, c0, 'ATOR', { packPrice: '5.00' }));
    await bid(w, c1, 'ATOR', { packPrice: '6.00' });
    await t.request(`/api/rounds/${w.roundId}/bids/ATOR`, {
      method: 'DELETE',
      token: c1.token,
      headers: { 'idempotency-key': randomUUID() },
    });
  });

  it('takes no share and publishes no commitment before bidding closes', async () => {
    const early = await handIn(w, at(w.officials, 0), shareOf(w, 0));
    expect([early.status, (await readProblem(early)).code]).toEqual([409, 'INVALID_STATE']);
    expect((await t.request(`/api/rounds/${w.roundId}/commitments`)).status).toBe(404);
  });

  it('publishes the signed, sorted commitments of the live bids at the deadline', async () => {
    await closeBidding(t.db, w.roundId);
    const res = await t.request(`/api/rounds/${w.roundId}/commitments`);
    expect(res.status).toBe(200);
    const published = (await res.json()) as { commitments: string[]; signature: string; keyId: string };
    const expected = receipts.map((r) => r.commitment as string).sort();
    expect(published.commitments).toEqual(expected);
    const { signature, ...record } = published;
    expect(t.deps.signer.verify(Buffer.from(canonicalJson(record)), signature)).toBe(true);
    expect(JSON.stringify(published)).not.toMatch(/companyId|receivedAt|AMLO/);
  });

  it('needs k shares: k − 1 recombine to nothing, a wrong share is refused, the k-th opens and detects tampering', async () => {
    const shares = [0, 1, 2, 3].map((i) => shareOf(w, i));
    const publicKey = await t.db
      .selectFrom('round_key')
      .select('public_key')
      .where('round_id', '=', w.roundId)
      .executeTakeFirstOrThrow();
    expect(await combineRoundKey(shares.slice(0, 2), publicKey.public_key)).toBe(null);

    // tampering by whoever holds the database: a flipped bit, and a bid re-sealed to the public key
    const [c2, c3] = [at(w.companies, 2), at(w.companies, 3)];
    const amlo = w.products.get('AMLO') as string;
    const rowOf = (companyId: string) =>
      t.db
        .selectFrom('bid')
        .select(['id', 'envelope'])
        .where('company_id', '=', companyId)
        .where('product_id', '=', amlo)
        .executeTakeFirstOrThrow();
    const flipped = await rowOf(c2.organisationId);
    const box = Buffer.from(flipped.envelope?.box as string, 'base64');
    box[40] = (box[40] as number) ^ 1;
    await t.db
      .updateTable('bid')
      .set({ envelope: JSON.stringify({ ...flipped.envelope, box: box.toString('base64') }) })
      .where('id', '=', flipped.id)
      .execute();
    const forged = sealPriceEnvelope(
      publicKey.public_key,
      { specCode: 'S1', packPrice: '1.00', salt: newSalt() },
      envelopeAad(w.roundId, c3.organisationId, amlo),
    );
    const replaced = await rowOf(c3.organisationId);
    await t.db
      .updateTable('bid')
      .set({ envelope: JSON.stringify(forged) })
      .where('id', '=', replaced.id)
      .execute();

    const outsider = await createTokenUser(
      t.db,
      'office',
      ['office-official'],
      `outsider-${Date.now()}`,
      w.admin.organisationId,
    );
    expect((await handIn(w, outsider, shares[0] as string)).status).toBe(403);
    const wrong = await handIn(w, at(w.officials, 0), shares[1] as string);
    expect(wrong.status).toBe(422);
    expect((await readProblem(wrong)).errors).toMatchObject([
      { path: 'share', message: 'not the key share issued to you for this round' },
    ]);

    const first = await handIn(w, at(w.officials, 0), shares[0] as string);
    expect([first.status, await first.json()]).toEqual([
      202,
      { phase: 'price', status: 'waiting', held: 1, k: 3, needed: 2, opened: 0, tampered: [] },
    ]);
    expect((await handIn(w, at(w.officials, 0), shares[0] as string)).status).toBe(409);
    const held = await t.db.selectFrom('opening_share').select('share_sealed').execute();
    expect(held.map((h) => h.share_sealed.includes(shares[0] as string))).toEqual([false]);
    const second = await handIn(w, at(w.officials, 3), shares[3] as string);
    expect([second.status, ((await second.json()) as { needed: number }).needed]).toEqual([202, 1]);
    expect(await t.db.selectFrom('opened_bid').selectAll().execute()).toEqual([]);

    const third = await handIn(w, at(w.officials, 1), shares[1] as string);
    const outcome = (await third.json()) as {
      status: string;
      opened: number;
      tampered: { bidId: string; problem: string }[];
    };
    expect([third.status, outcome.status, outcome.opened], JSON.stringify(outcome)).toEqual([
      200,
      'opened',
      3,
    ]);
    expect(outcome.tampered.map((x) => [x.bidId, x.problem]).sort()).toEqual(
      [
        [flipped.id, 'the price envelope failed to decrypt (altered ciphertext or wrong row)'],
        [replaced.id, 'the opened bid does not match its commitment'],
      ].sort(),
    );
    const opened = await t.db
      .selectFrom('opened_bid')
      .innerJoin('product', 'product.id', 'opened_bid.product_id')
      .select(['product.code', 'company_id', 'pack_price', 'status', 'commitment'])
      .execute();
    const byCompany = new Map(w.companies.map((c, i) => [c.organisationId, i]));
    const rows = opened.map((o) => [o.code, byCompany.get(o.company_id), o.pack_price, o.status]);
    expect(rows.sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`))).toEqual([
      ['AMLO', 0, '10.00', 'opened'],
      ['AMLO', 1, '11.00', 'opened'],
      ['AMLO', 2, null, 'tampered'],
      ['AMLO', 3, null, 'tampered'],
      ['ATOR', 0, '5.00', 'opened'],
    ]);
    expect(await t.db.selectFrom('opening_share').selectAll().execute()).toEqual([]);
    const key = await t.db.selectFrom('round_key').select('opened_at').executeTakeFirstOrThrow();
    expect(key.opened_at).not.toBe(null);
    const round = await t.db
      .selectFrom('round')
      .select('state')
      .where('id', '=', w.roundId)
      .executeTakeFirstOrThrow();
    expect(['evaluated', 'revival-window']).toContain(round.state);
    expect((await handIn(w, at(w.officials, 2), shares[2] as string)).status).toBe(409);
  });
});
