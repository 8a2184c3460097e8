import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBidding, createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { findingLines, openBids, placeBid, verifyAfter } from '../test-support/audit-tables.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { verifyAudit } from './verify-audit.js';

/** A dual-envelope round: the technical ciphertext is linked too, and its text is committed to. */

let t: TestContext;
let w: BidWorld;
let bidId: string;
const GMP = 'GMP 证书 2024-001';

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 2, products: ['P1'], officials: 3, k: 2, dualEnvelope: true });
  await placeBid(t, w, w.companies[0] as BidWorld['companies'][number], 'P1', '3.00', GMP);
  await placeBid(t, w, w.companies[1] as BidWorld['companies'][number], 'P1', '2.50', '无 GMP 证书');
  const row = await t.db
    .selectFrom('bid')
    .select('id')
    .where('company_id', '=', w.companies[0]?.organisationId ?? '')
    .executeTakeFirstOrThrow();
  bidId = row.id;
}, 60_000);
afterAll(() => t.close());

const verifyClean = async () => {
  const report = await verifyAudit(t.db);
  expect([report.ok, report.findings]).toEqual([true, []]);
  return report;
};

describe('a dual-envelope round', () => {
  it('names a rewritten technical ciphertext while the bids are sealed', async () => {
    await verifyClean();
    const report = await verifyAfter(t.db, [
      sql`update bid set technical_envelope = jsonb_set(technical_envelope, '{box}', '"AAAA"') where id = ${bidId}`,
    ]);
    expect(findingLines(report)).toEqual([
      `BID_CIPHERTEXT_DIFFERS: bid ${bidId}: technical ciphertext differs from its audit link (seq 1)`,
    ]);
  });

  it('agrees after each phase, and names an opened technical text rewritten or a technical verdict flipped after opening', async () => {
    await closeBidding(t.db, w.roundId);
    await openBids(t, w, [0, 1]);
    expect((await verifyClean()).checked).toEqual({ bids: 2, openedBids: 2, evaluationRecords: 0 });
    const items = await t.db.selectFrom('opened_bid').select(['id', 'company_id']).execute();
    const review = await t.request(`/api/rounds/${w.roundId}/opening/technical-review`, {
      method: 'PUT',
      token: w.admin.token,
      json: { reviews: items.map((i) => ({ openedBidId: i.id, pass: true })) },
    });
    expect(review.status).toBe(200);
    await openBids(t, w, [2, 0]);
    expect((await verifyClean()).checked).toEqual({ bids: 2, openedBids: 2, evaluationRecords: 1 });

    const opened = items.find((i) => i.company_id === w.companies[0]?.organisationId)?.id as string;
    const report = await verifyAfter(t.db, [
      sql`update opened_bid set technical = ${`${GMP}（补）`} where id = ${opened}`,
    ]);
    expect(findingLines(report)).toEqual([
      `OPENED_PRICE_NOT_COMMITTED: opened bid ${opened}: spec or price does not match the commitment of bid ${bidId}`,
    ]);
    const reviewSeq = await t.db
      .selectFrom('audit_event')
      .select(sql<string>`seq::text`.as('seq'))
      .where('action', '=', 'bids.technical-reviewed')
      .executeTakeFirstOrThrow();
    const flipped = await verifyAfter(t.db, [
      sql`update opened_bid set technical_pass = false where id = ${opened}`,
    ]);
    expect(findingLines(flipped)).toEqual([
      `OPENED_BID_REVIEW_DIFFERS: opened bid ${opened}: technical pass false here, true in its review link (seq ${reviewSeq.seq})`,
    ]);
  });
});
