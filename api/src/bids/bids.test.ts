import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretHash } from '../auth/secrets.js';
import { readProblem } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { bidCommitment } from './bid-commitment.js';
import { verifyReceipt, type BidReceipt } from './bid-receipt.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';

let t: TestContext;
let w: BidWorld;

beforeAll(async () => {
  t = await createTestContext();
  w = await createBidWorld(t.db, { companies: 3, products: ['AMLO', 'ATOR'], signer: t.deps.signer });
});
afterAll(() => t.close());

const company = (i: number) => w.companies[i] as BidWorld['companies'][number];
function put(
  i: number,
  product: string,
  json: unknown,
  key: string | null = randomUUID(),
  roundId = w.roundId,
) {
  const headers: Record<string, string> = key ? { 'idempotency-key': key } : {};
  return t.request(`/api/rounds/${roundId}/bids/${product}`, {
    method: 'PUT',
    token: company(i).token,
    json,
    headers,
  });
}
const receiptOf = async (res: Response) => (await res.json()) as BidReceipt;

describe('submitting a sealed bid', () => {
  it('answers a signed receipt whose commitment the company can recompute; no price is stored in clear', async () => {
    const res = await put(0, 'AMLO', { specCode: 'S1', packPrice: '12.8' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const receipt = await receiptOf(res);
    expect(receipt).toMatchObject({
      kind: 'bid',
      roundId: w.roundId,
      productCode: 'AMLO',
      companyId: company(0).organisationId,
      revision: 1,
      sequence: 1,
      roundKeyId: w.ceremony?.roundKeyId,
      keyId: t.deps.signer.keyId,
    });
    expect(receipt.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(verifyReceipt(t.deps.signer, receipt)).toBe(true);
    expect(verifyReceipt(t.deps.signer, { ...receipt, revision: 2 })).toBe(false);
    const recomputed = bidCommitment({
      roundId: w.roundId,
      productCode: 'AMLO',
      companyId: company(0).organisationId,
      specCode: 'S1',
      packPrice: '12.80',
      salt: receipt.salt as string,
    });
    expect(receipt.commitment).toBe(recomputed);

    const rows = await sql<{ row: string }>`select row_to_json(b)::text as row from bid b`.execute(t.db);
    const stored = rows.rows.map((r) => r.row).join('\n');
    expect(stored).not.toContain('12.8');
    expect(stored).not.toContain(receipt.salt as string);
    expect(stored).not.toMatch(/"S1"|packPrice/);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'payload'])
      .where('stream', '=', `round:${w.roundId}:company:${company(0).organisationId}`)
      .execute();
    expect(audit).toEqual([
      {
        action: 'bid.submitted',
        payload: {
          commitment: receipt.commitment,
          // the ciphertext's SHA-256, which audit verify compares with the bid row (verify-tables.test.ts)
          envelopeHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          revision: 1,
          sequence: 1,
          roundKeyId: w.ceremony?.roundKeyId,
        },
      },
    ]);
  });

  it('replaces with a new revision, counts on the company’s own sequence, and withdraws', async () => {
    const first = await receiptOf(await put(1, 'ATOR', { specCode: 'S1', packPrice: '9.99' }));
    const second = await receiptOf(await put(1, 'ATOR', { specCode: 'S1', packPrice: '9.50' }));
    expect([first.sequence, first.revision, second.sequence, second.revision]).toEqual([1, 1, 2, 2]);
    expect(second.commitment).not.toBe(first.commitment);
    const other = await receiptOf(await put(2, 'ATOR', { specCode: 'S1', packPrice: '9.00' }));
    expect(other.sequence).toBe(1); // nothing about company 1's activity

    const url = `/api/rounds/${w.roundId}/bids/ATOR`;
    const key = randomUUID();
    const withdraw = () =>
      t.request(url, { method: 'DELETE', token: company(1).token, headers: { 'idempotency-key': key } });
    const gone = await withdraw();
    expect(gone.status).toBe(200);
    const receipt = await receiptOf(gone);
    expect(receipt).toMatchObject({
      kind: 'withdrawal',
      commitment: null,
      salt: null,
      revision: 3,
      sequence: 3,
    });
    expect(verifyReceipt(t.deps.signer, receipt)).toBe(true);
    expect(await receiptOf(await withdraw())).toEqual(receipt);
    const again = await t.request(url, {
      method: 'DELETE',
      token: company(1).token,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(again.status).toBe(404);

    const mine = await t.request(`/api/rounds/${w.roundId}/bids/mine`, { token: company(1).token });
    const items = ((await mine.json()) as { items: BidReceipt[] }).items;
    expect(items.map((r) => [r.productCode, r.kind, r.revision])).toEqual([['ATOR', 'withdrawal', 3]]);
    expect(items.every((r) => verifyReceipt(t.deps.signer, r))).toBe(true);
  });

  it('returns the same receipt for a retried key, and refuses the key for a different request', async () => {
    const key = randomUUID();
    const first = await put(2, 'AMLO', { specCode: 'S1', packPrice: '15.00' }, key);
    const retry = await put(2, 'AMLO', { specCode: 'S1', packPrice: '15' }, key);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [await receiptOf(first), await receiptOf(retry)];
    expect(b).toEqual(a);
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => put(2, 'AMLO', { specCode: 'S1', packPrice: '15.00' }, key)),
    );
    for (const res of concurrent) expect(await receiptOf(res)).toEqual(a);
    const differs = await put(2, 'AMLO', { specCode: 'S1', packPrice: '14.00' }, key);
    expect(differs.status).toBe(409);
    expect((await readProblem(differs)).code).toBe('CONFLICT');
    // keys are the company's own: another company's identical key is simply a new request
    expect((await put(0, 'ATOR', { specCode: 'S1', packPrice: '3.00' }, key)).status).toBe(200);
    const count = await t.db
      .selectFrom('bid')
      .select(sql<string>`count(*)`.as('n'))
      .where('company_id', '=', company(2).organisationId)
      .where('product_id', '=', w.products.get('AMLO') as string)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe('1');
  });

  it('refuses what is not a bid of this company, with field paths', async () => {
    const cases: [unknown, string | null, number, string][] = [
      [{ specCode: 'S2', packPrice: '1.00' }, randomUUID(), 400, 'specCode'],
      [{ specCode: 'S1', packPrice: '0.00' }, randomUUID(), 400, 'packPrice'],
      [{ specCode: 'S1', packPrice: '1.234' }, randomUUID(), 400, 'packPrice'],
      [{ specCode: 'S1', packPrice: 1.5 }, randomUUID(), 400, 'packPrice'],
      [{ specCode: 'S1', packPrice: '1.00', technical: 'GMP' }, randomUUID(), 400, 'technical'],
      [{ specCode: 'S1', packPrice: '1.00' }, null, 400, 'header.Idempotency-Key'],
    ];
    for (const [body, key, status, path] of cases) {
      const res = await put(0, 'AMLO', body, key);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect((await readProblem(res)).errors.map((e) => e.path)).toContain(path);
    }
    expect((await put(0, 'NOPE', { specCode: 'S1', packPrice: '1.00' })).status).toBe(404);
    expect(
      (await put(0, 'AMLO', { specCode: 'S1', packPrice: '1.00' }, randomUUID(), randomUUID())).status,
    ).toBe(404);
    const asAdmin = await t.request(`/api/rounds/${w.roundId}/bids/AMLO`, {
      method: 'PUT',
      token: w.admin.token,
      json: { specCode: 'S1', packPrice: '1.00' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(asAdmin.status).toBe(403);
  });

  it('re-checks the credential inside the write: a token revoked elsewhere bids nothing, at once', async () => {
    expect((await put(1, 'AMLO', { specCode: 'S1', packPrice: '4.00' })).status).toBe(200);
    // as another API process would: straight in the database, this process's memory is not told
    await t.db
      .updateTable('api_token')
      .set({ revoked_at: sql<Date>`jicai_now()` })
      .where('token_hash', '=', secretHash(company(1).token))
      .execute();
    const before = await t.db
      .selectFrom('bid_idempotency')
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const refused = await put(1, 'AMLO', { specCode: 'S1', packPrice: '3.00' });
    expect(refused.status).toBe(401);
    expect((await readProblem(refused)).code).toBe('UNAUTHENTICATED');
    const after = await t.db
      .selectFrom('bid_idempotency')
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    await t.db
      .updateTable('api_token')
      .set({ revoked_at: null })
      .where('token_hash', '=', secretHash(company(1).token))
      .execute();
  });

  it('refuses after the deadline with the database time, yet replays a receipt already given', async () => {
    const key = randomUUID();
    const given = await receiptOf(await put(0, 'ATOR', { specCode: 'S1', packPrice: '2.50' }, key));
    await t.db
      .updateTable('round')
      .set({ bidding_closes_at: sql<Date>`jicai_now() - interval '1 second'` })
      .where('id', '=', w.roundId)
      .execute();
    const late = await put(1, 'AMLO', { specCode: 'S1', packPrice: '1.00' });
    expect(late.status).toBe(409);
    const problem = await readProblem(late);
    expect(problem.code).toBe('DEADLINE_PASSED');
    expect((problem as unknown as { databaseTime: string }).databaseTime).toMatch(/^\d{4}-.*\.\d{6}Z$/);
    expect(await receiptOf(await put(0, 'ATOR', { specCode: 'S1', packPrice: '2.50' }, key))).toEqual(given);
  });
});
