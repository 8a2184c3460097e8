import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBidding, createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

type User = BidWorld['officials'][number];
const status = (w: BidWorld, who: User) =>
  t.request(`/api/rounds/${w.roundId}/opening`, { token: who.token });
const handIn = (w: BidWorld, who: User, share: string) =>
  t.request(`/api/rounds/${w.roundId}/opening/shares`, { method: 'POST', token: who.token, json: { share } });

describe('the opening’s progress (GET /rounds/{roundId}/opening)', () => {
  it('says nothing before bidding closes, then counts the shares handed in of k', async () => {
    const w = await createBidWorld(t.db, { companies: 1, products: ['AMLO'], officials: 3, k: 2 });
    const [o1, o2, o3] = w.officials as [User, User, User];
    const company = w.companies[0] as User;
    const bid = await t.request(`/api/rounds/${w.roundId}/bids/AMLO`, {
      method: 'PUT',
      token: company.token,
      json: { specCode: 'S1', packPrice: '10.00' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(bid.status).toBe(200);
    for (const who of [o1, w.admin, w.auditor]) expect((await status(w, who)).status).toBe(404);

    await closeBidding(t.db, w.roundId);
    expect((await status(w, company)).status).toBe(403);
    expect((await t.request(`/api/rounds/${w.roundId}/opening`)).status).toBe(401);
    expect(await (await status(w, o1)).json()).toMatchObject({
      phase: 'price',
      status: 'waiting',
      held: 0,
      k: 2,
      needed: 2,
      handedIn: false,
    });
    const shares = w.ceremony?.shares ?? [];
    expect((await handIn(w, o1, shares[0]?.share as string)).status).toBe(202);
    expect(await (await status(w, o1)).json()).toMatchObject({ held: 1, needed: 1, handedIn: true });
    expect(await (await status(w, o3)).json()).toMatchObject({ held: 1, needed: 1, handedIn: false });
    expect(await (await status(w, w.admin)).json()).toMatchObject({ held: 1, k: 2 });
    expect((await handIn(w, o2, shares[1]?.share as string)).status).toBe(200);
    expect(await (await status(w, o3)).json()).toMatchObject({ status: 'opened', held: 2, needed: 0 });
  });
});
