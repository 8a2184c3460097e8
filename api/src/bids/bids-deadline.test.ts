import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { backendPid, backendsBlockedBy } from '../test-support/lock-waits.js';
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
    // the deadline falls while bids are being written, by construction rather than by timing: 90 bids
    // go in before it; 180 more arrive while the test holds the round gate, as closing bidding does,
    // and the deadline is set once some of them are seen waiting on it; the last 30 come after
    const early = await Promise.all(attempts.slice(0, 90).map(submit));
    expect(early.filter((o) => o.status !== 200)).toEqual([]);
    let closes = '';
    let straddling: Promise<Outcome[]> = Promise.resolve([]);
    await t.db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${w.roundId}::uuid::text, 11))`.execute(trx);
      const holder = await backendPid(trx);
      straddling = Promise.all(attempts.slice(90, 270).map(submit));
      await expect.poll(() => backendsBlockedBy(t.db, holder), { timeout: 10_000 }).toBeGreaterThan(0);
      const { rows } = await sql<{ closes: string }>`
        update round set bidding_closes_at = clock_timestamp() where id = ${w.roundId}
        returning to_char(bidding_closes_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as closes`.execute(
        trx,
      );
      closes = rows[0]?.closes as string;
    });
    const during = await straddling;
    // the bids that were waiting had arrived before the deadline: they are acknowledged
    expect(during.filter((o) => o.status === 200).length).toBeGreaterThan(0);
    const late = await Promise.all(attempts.slice(270).map(submit));
    expect(late.map((o) => o.body.code)).toEqual(late.map(() => 'DEADLINE_PASSED'));
    const outcomes = [...early, ...during, ...late];

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
