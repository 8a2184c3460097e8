import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblem } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';

let t: TestContext;
let w: BidWorld;

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 1, products: ['AMLO'], signer: t.deps.signer });
});
afterAll(() => t.close());

const company = (i: number) => w.companies[i] as BidWorld['companies'][number];

describe('before bidding opens', () => {
  it('holds the key ceremony once, hands each official its share once, and refuses bids', async () => {
    const world = await createBidWorld(t.db, { companies: 1, products: ['P1'], openBidding: false });
    const url = `/api/rounds/${world.roundId}/key-ceremony`;
    const officialUserIds = world.officials.map((o) => o.userId);
    const asCompany = await t.request(url, {
      method: 'POST',
      token: company(0).token,
      json: { officialUserIds, k: 2 },
    });
    expect(asCompany.status).toBe(403);
    const bad = await t.request(url, {
      method: 'POST',
      token: world.admin.token,
      json: { officialUserIds: [officialUserIds[0], world.admin.userId], k: 2 },
    });
    expect((await readProblem(bad)).errors).toMatchObject([
      { path: 'officialUserIds[1]', message: 'not an enabled office official' },
    ]);
    const held = await t.request(url, {
      method: 'POST',
      token: world.admin.token,
      json: { officialUserIds, k: 2 },
    });
    expect(held.status).toBe(201);
    const ceremony = (await held.json()) as Record<string, unknown>;
    expect(JSON.stringify(ceremony)).not.toMatch(/"share"/);
    expect(ceremony).toMatchObject({ k: 2, n: 3 });
    expect(
      (await t.request(url, { method: 'POST', token: world.admin.token, json: { officialUserIds, k: 2 } }))
        .status,
    ).toBe(409);

    const official = world.officials[0] as BidWorld['officials'][number];
    const take = (token: string | undefined, json: unknown = { confirm: true }) =>
      t.request(`${url}/my-share`, { method: 'POST', token, json });
    // a GET (a link click, a prefetch) changes nothing, and taking needs an explicit confirmation
    expect((await t.request(`${url}/my-share`, { token: official.token })).status).toBe(404);
    const unconfirmed = await take(official.token, {});
    expect(unconfirmed.status).toBe(400);
    expect(((await unconfirmed.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('confirm');
    const pending = await t.db
      .selectFrom('round_key_official')
      .select('pending_share')
      .where('user_id', '=', official.userId)
      .executeTakeFirstOrThrow();
    expect(pending.pending_share).not.toBe(null);
    const mine = await take(official.token);
    expect(mine.status).toBe(200);
    const share = (await mine.json()) as { share: string; shareIndex: number };
    expect(share.shareIndex).toBe(1);
    const row = await t.db
      .selectFrom('round_key_official')
      .selectAll()
      .where('user_id', '=', official.userId)
      .executeTakeFirstOrThrow();
    expect(row.pending_share).toBe(null);
    expect((await take(official.token)).status).toBe(409);
    expect((await take(w.officials[0]?.token)).status).toBe(404);

    const early = await t.request(`/api/rounds/${world.roundId}/bids/P1`, {
      method: 'PUT',
      token: world.companies[0]?.token,
      json: { specCode: 'S1', packPrice: '1.00' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(early.status).toBe(409);
    expect((await readProblem(early)).code).toBe('INVALID_STATE');
  });
});
