import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { verifyReceipt, type BidReceipt } from './bid-receipt.js';
import { closeBidding, createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';

let t: TestContext;
let w: BidWorld;
const PRODUCTS = ['P1', 'P2', 'P3'];

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 100, products: PRODUCTS });
});
afterAll(() => t.close());

interface Attempt {
  readonly company: BidWorld['companies'][number];
  readonly product: string;
  readonly key: string;
  readonly packPrice: string;
}
type Outcome = { status: number; body: Record<string, unknown> };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function submit(a: Attempt): Promise<Outcome> {
  const res = await t.request(`/api/rounds/${w.roundId}/bids/${a.product}`, {
    method: 'PUT',
    token: a.company.token,
    json: { specCode: 'S1', packPrice: a.packPrice },
    headers: { 'idempotency-key': a.key },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('300 concurrent submissions straddling the deadline', () => {
  it('stores every acknowledged bid exactly once, none after the deadline, and replays retries', async () => {
    const attempts: Attempt[] = w.companies.flatMap((company, i) =>
      PRODUCTS.map((product, j) => ({
        company,
        product,
        key: randomUUID(),
        packPrice: `${1 + ((i * 3 + j) % 20)}.25`,
      })),
    );
    // ten waves of thirty; once the first three are in, the deadline is set 150 ms ahead, so it
    // falls in the middle of the burst however fast this machine is
    const pending: Promise<Outcome>[] = [];
    let closes = '';
    for (let wave = 0; wave < 10; wave++) {
      pending.push(...attempts.slice(wave * 30, wave * 30 + 30).map(submit));
      if (wave === 2) {
        await Promise.all(pending);
        const { rows } = await sql<{ closes: string }>`
          update round set bidding_closes_at = jicai_now() + interval '150 milliseconds' where id = ${w.roundId}
          returning to_char(bidding_closes_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as closes`.execute(
          t.db,
        );
        closes = rows[0]?.closes as string;
      }
      await sleep(50);
    }
    const outcomes = await Promise.all(pending);

    const acked = outcomes.flatMap((o, i) =>
      o.status === 200 ? [{ attempt: attempts[i] as Attempt, receipt: o.body as unknown as BidReceipt }] : [],
    );
    const refused = outcomes.filter((o) => o.status !== 200);
    expect(acked.length, JSON.stringify(refused.slice(0, 2))).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const o of refused) {
      expect(o.status).toBe(409);
      expect(o.body.code).toBe('DEADLINE_PASSED');
      expect((o.body.databaseTime as string) >= closes).toBe(true);
    }
    for (const { receipt } of acked) {
      expect(verifyReceipt(t.deps.signer, receipt)).toBe(true);
      expect(receipt.receivedAt < closes).toBe(true);
    }

    const stored = await t.db
      .selectFrom('bid')
      .innerJoin('product', 'product.id', 'bid.product_id')
      .select([
        'bid.company_id',
        'product.code',
        'bid.commitment',
        sql<boolean>`bid.received_at < round.bidding_closes_at`.as('in_time'),
      ])
      .innerJoin('round', 'round.id', 'bid.round_id')
      .where('bid.round_id', '=', w.roundId)
      .execute();
    expect(stored).toHaveLength(acked.length);
    expect(stored.every((s) => s.in_time)).toBe(true);
    const byPair = new Map(stored.map((s) => [`${s.company_id}|${s.code}`, s.commitment]));
    for (const { attempt, receipt } of acked)
      expect(byPair.get(`${attempt.company.organisationId}|${attempt.product}`)).toBe(receipt.commitment);

    // retries after the deadline: acknowledged keys get the very same receipt, the others a refusal
    const retries = await Promise.all(attempts.map(submit));
    retries.forEach((retry, i) => {
      const first = outcomes[i] as Outcome;
      if (first.status === 200) expect(retry).toEqual(first);
      else expect(retry.body.code).toBe('DEADLINE_PASSED');
    });

    await closeBidding(t.db, w.roundId);
    const published = await t.request(`/api/rounds/${w.roundId}/commitments`);
    const { commitments } = (await published.json()) as { commitments: string[] };
    expect(commitments).toEqual(acked.map((a) => a.receipt.commitment as string).sort());
    // bids written in batches link into their companies' audit chains exactly as one by one
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    const audited = await t.db
      .selectFrom('audit_event')
      .select(sql<string>`count(*)`.as('n'))
      .where('action', 'in', ['bid.submitted', 'bid.replaced'])
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(acked.length);
  });
});
