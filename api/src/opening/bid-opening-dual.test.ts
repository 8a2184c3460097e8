import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblem } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import type { BidReceipt } from '../bids/bid-receipt.js';
import { closeBidding, createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';

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

describe('a dual-envelope round', () => {
  it('opens the technical envelopes first, and the prices only after the technical review', async () => {
    const w = await createBidWorld(t.db, {
      companies: 2,
      products: ['P1'],
      officials: 3,
      k: 2,
      dualEnvelope: true,
    });
    const [c0, c1] = w.companies as [User, User];
    const missing = await t.request(`/api/rounds/${w.roundId}/bids/P1`, {
      method: 'PUT',
      token: c0.token,
      json: { specCode: 'S1', packPrice: '3.00' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect((await readProblem(missing)).errors.map((e) => e.path)).toEqual(['technical']);
    await bid(w, c0, 'P1', { packPrice: '3.00', technical: 'GMP 证书 2024-001；稳定性 24 个月' });
    await bid(w, c1, 'P1', { packPrice: '2.50', technical: '无 GMP 证书' });
    await closeBidding(t.db, w.roundId);
    const [o0, o1, o2] = w.officials as [User, User, User];

    expect((await handIn(w, o0, shareOf(w, 0))).status).toBe(202);
    const technical = await handIn(w, o1, shareOf(w, 1));
    expect(await technical.json()).toMatchObject({
      phase: 'technical',
      status: 'opened',
      opened: 2,
      tampered: [],
    });
    const state = () =>
      t.db.selectFrom('round').select('state').where('id', '=', w.roundId).executeTakeFirstOrThrow();
    expect((await state()).state).toBe('technical-opened');
    const rows = await t.db.selectFrom('opened_bid').selectAll().where('round_id', '=', w.roundId).execute();
    expect(rows.map((r) => [r.status, r.pack_price, r.spec_id])).toEqual([
      ['technical-opened', null, null],
      ['technical-opened', null, null],
    ]);
    const listed = await t.request(`/api/rounds/${w.roundId}/opening/technical`, { token: w.admin.token });
    const items = (
      (await listed.json()) as { items: { openedBidId: string; companyId: string; technical: string }[] }
    ).items;
    expect(items.map((i) => i.technical).sort()).toEqual(
      ['GMP 证书 2024-001；稳定性 24 个月', '无 GMP 证书'].sort(),
    );

    const early = await handIn(w, o0, shareOf(w, 0));
    expect([early.status, (await readProblem(early)).code]).toEqual([409, 'INVALID_STATE']);
    const review = await t.request(`/api/rounds/${w.roundId}/opening/technical-review`, {
      method: 'PUT',
      token: w.admin.token,
      json: {
        reviews: items.map((i) => ({ openedBidId: i.openedBidId, pass: i.companyId === c0.organisationId })),
      },
    });
    expect(await review.json()).toEqual({ reviewed: 2, pending: 0 });

    expect((await handIn(w, o2, shareOf(w, 2))).status).toBe(202);
    const prices = await handIn(w, o0, shareOf(w, 0));
    expect(await prices.json()).toMatchObject({ phase: 'price', status: 'opened', opened: 2, tampered: [] });
    const done = await t.db
      .selectFrom('opened_bid')
      .select(['company_id', 'pack_price', 'technical_pass', 'status'])
      .where('round_id', '=', w.roundId)
      .orderBy('pack_price')
      .execute();
    expect(done).toEqual([
      { company_id: c1.organisationId, pack_price: '2.50', technical_pass: false, status: 'opened' },
      { company_id: c0.organisationId, pack_price: '3.00', technical_pass: true, status: 'opened' },
    ]);
    expect(['evaluated', 'revival-window']).toContain((await state()).state);
  });
});
