import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretHash } from '../auth/secrets.js';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { writeBid } from './bid-batcher.js';
import type { BidSubmission } from './bid-submit.repository.js';
import { companyBidStream } from '../audit/audit-actions.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';

let t: TestContext;
let w: BidWorld;

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 12, products: ['P1'] });
});
afterAll(() => t.close());

const hex = (text: string) => createHash('sha256').update(text).digest('hex');
const ENVELOPE = JSON.stringify({ ephemeral: 'e', wrappedKey: 'k', box: 'b' });

/** A submission as the bids service builds it (the envelope's contents do not matter to the write). */
function submission(i: number, overrides: Partial<BidSubmission> = {}): BidSubmission {
  const company = w.companies[i] as BidWorld['companies'][number];
  return {
    roundId: w.roundId,
    productCode: 'P1',
    companyId: company.organisationId,
    userId: company.userId,
    credential: { kind: 'api-token', hash: secretHash(company.token) },
    specCode: 'S1',
    key: randomUUID(),
    requestHash: hex(`request ${i} ${randomUUID()}`),
    roundKeyId: w.ceremony?.roundKeyId ?? null,
    productId: w.products.get('P1') ?? null,
    commitment: hex(`commitment ${i} ${randomUUID()}`),
    envelope: ENVELOPE,
    technicalEnvelope: null,
    saltSealed: 'sealed-salt',
    auditStream: companyBidStream(w.roundId, company.organisationId),
    auditSubject: `round:${w.roundId}:product:P1`,
    ...overrides,
  };
}

describe('writing bids in batches', () => {
  it('writes the bids that arrive together in one batch, each linked into its own audit stream', async () => {
    const rows = await Promise.all(Array.from({ length: 10 }, (_, i) => writeBid(t.db, submission(i))));
    expect(rows.map((r) => r.outcome)).toEqual(Array(10).fill('written'));
    expect(rows.map((r) => [r.bid_revision, Number(r.bid_sequence)])).toEqual(Array(10).fill([1, 1]));
    expect(new Set(rows.map((r) => r.db_now)).size).toBe(1); // one transaction, one instant
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('writes a batch that fails as a whole again one bid at a time: each gets its own answer', async () => {
    const good = submission(10);
    const broken = submission(11, { envelope: 'not json' });
    const [a, b] = await Promise.allSettled([writeBid(t.db, good), writeBid(t.db, broken)]);
    expect(a).toMatchObject({ status: 'fulfilled', value: { outcome: 'written' } });
    expect(b.status).toBe('rejected');
    const stored = await t.db
      .selectFrom('bid_idempotency')
      .select('key')
      .where('key', 'in', [good.key, broken.key])
      .execute();
    expect(stored.map((s) => s.key)).toEqual([good.key]);
  });

  it('answers each bid of a batch with its own verdict: refused, keyed and written side by side', async () => {
    const first = submission(0);
    await writeBid(t.db, first);
    const other = w.companies[4] as BidWorld['companies'][number];
    const rows = await Promise.all([
      writeBid(t.db, submission(1, { productId: randomUUID() })), // sealed for another product
      writeBid(t.db, submission(0, { key: first.key })), // a retry: answered from the stored receipt
      writeBid(t.db, submission(3)),
      writeBid(t.db, submission(2, { credential: { kind: 'api-token', hash: secretHash(other.token) } })),
    ]);
    expect(rows.map((r) => r.outcome)).toEqual(['refused', 'keyed', 'written', 'credential']);
    expect(rows[0]?.product).toBe(w.products.get('P1'));
  });
});
