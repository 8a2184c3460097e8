import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createOrgUser, ensureRegion, PASSWORD } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { readProblem as problem, testSessions } from '../test-support/sign-in.js';
import { insertTestRound } from '../test-support/test-round-rows.js';
import { createBidWorld } from '../test-support/bid-test-world.js';

type OrgUser = Awaited<ReturnType<typeof createOrgUser>>;
let t: TestContext;
let as: ReturnType<typeof testSessions>;
let admin: OrgUser;

beforeAll(async () => {
  t = await createTestContext();
  as = testSessions(t, PASSWORD);
  await ensureRegion(t.db);
  admin = await createOrgUser(t.db, 'office', ['office-admin'], 'admin1');
  await createOrgUser(t.db, 'office', ['office-official'], 'official1');
  await createOrgUser(t.db, 'company', ['company-user'], 'company-a');
});
afterAll(() => t.close());

const registration = (productId: string, specId: string) => ({
  productId,
  specId,
  approvalNumber: '国药准字H20051234',
  approvalDate: '2019-06-01',
  originator: false,
  consistencyPassedOn: '2020-01-15',
  annualCapacity: 50_000_000,
});

async function registered(state: string, biddingOpensIn?: string) {
  const round = await insertTestRound(t.db as unknown as Kysely<any>, admin.userId, state, biddingOpensIn);
  const res = await t.request(`/api/rounds/${round.roundId}/registrations`, {
    method: 'POST',
    cookie: await as('company-a'),
    json: registration(round.productId, round.specIds[0] as string),
  });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  return { roundId: round.roundId, id, url: `/api/rounds/${round.roundId}/registrations/${id}/review` };
}

describe('registration review', () => {
  it('starts pending, is rejected with a reason, then approved; each decision audited with what it replaced', async () => {
    const r = await registered('published');
    const list = async (query = '') =>
      (await (
        await t.request(`/api/rounds/${r.roundId}/registrations${query}`, { cookie: await as('admin1') })
      ).json()) as {
        items: { id: string; reviewStatus: string; reviewReason: string | null; companyName: string }[];
      };
    expect((await list()).items).toMatchObject([{ id: r.id, reviewStatus: 'pending', reviewReason: null }]);
    expect((await list()).items[0]?.companyName).not.toBe('');

    const noReason = await t.request(r.url, {
      method: 'POST',
      cookie: await as('admin1'),
      json: { decision: 'rejected' },
    });
    expect(noReason.status).toBe(400);
    expect((await problem(noReason)).errors).toMatchObject([
      { path: 'reason', message: 'a rejection states its reason', messageZh: '不予通过须写明原因' },
    ]);

    const rejected = await t.request(r.url, {
      method: 'POST',
      cookie: await as('admin1'),
      json: { decision: 'rejected', reason: '批准文号与注册证不符' },
    });
    expect(rejected.status).toBe(200);
    expect(await rejected.json()).toMatchObject({
      reviewStatus: 'rejected',
      reviewReason: '批准文号与注册证不符',
    });
    expect((await list('?reviewStatus=rejected')).items.map((i) => i.id)).toEqual([r.id]);
    expect((await list('?reviewStatus=approved')).items).toEqual([]);

    const approved = await t.request(r.url, {
      method: 'POST',
      cookie: await as('admin1'),
      json: { decision: 'approved', reason: 'ignored' },
    });
    expect(await approved.json()).toMatchObject({ reviewStatus: 'approved', reviewReason: null });

    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'payload'])
      .where('stream', '=', `round:${r.roundId}`)
      .where('action', '=', 'registration.reviewed')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.payload)).toMatchObject([
      { before: { status: 'pending' }, after: { status: 'rejected', reason: '批准文号与注册证不符' } },
      { before: { status: 'rejected' }, after: { status: 'approved', reason: null } },
    ]);
  });

  it('is the office admin’s: the company and the officials are refused; unknown ids are 404', async () => {
    const r = await registered('published');
    const json = { decision: 'approved' };
    for (const login of ['company-a', 'official1']) {
      const res = await t.request(r.url, { method: 'POST', cookie: await as(login), json });
      expect(res.status).toBe(403);
    }
    const missing = await t.request(`/api/rounds/${r.roundId}/registrations/${randomUUID()}/review`, {
      method: 'POST',
      cookie: await as('admin1'),
      json,
    });
    expect(missing.status).toBe(404);
  });

  it('is closed once bidding opens: the decision then stands', async () => {
    const r = await registered('published', '2 seconds');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const res = await t.request(r.url, {
      method: 'POST',
      cookie: await as('admin1'),
      json: { decision: 'rejected', reason: '资质过期' },
    });
    expect(res.status).toBe(409);
    expect((await problem(res)).code).toBe('INVALID_STATE');
  });

  it('refuses a bid on a rejected registration with the reason, and takes it when the registration counts again', async () => {
    const w = await createBidWorld(t.db, { companies: 1, products: ['AMLO'] });
    const company = w.companies[0];
    const bid = () =>
      t.request(`/api/rounds/${w.roundId}/bids/AMLO`, {
        method: 'PUT',
        token: company?.token,
        json: { specCode: 'S1', packPrice: '1.00' },
        headers: { 'idempotency-key': randomUUID() },
      });
    // the world opens bidding straight away: the office's decision is written as a review would
    await t.db
      .updateTable('company_product')
      .set({
        review_status: 'rejected',
        review_reason: '生产许可证已过期',
        reviewed_by: w.admin.userId,
        reviewed_at: new Date(),
      })
      .where('round_id', '=', w.roundId)
      .execute();
    const refused = await bid();
    const p = await problem(refused);
    expect([refused.status, p.code, p.errors]).toMatchObject([
      409,
      'INVALID_STATE',
      [{ path: 'specCode', message: 'registration rejected' }],
    ]);
    expect(p.detail).toContain('生产许可证已过期');
    expect(await t.db.selectFrom('bid').select('id').where('round_id', '=', w.roundId).execute()).toEqual([]);

    await t.db
      .updateTable('company_product')
      .set({ review_status: 'approved', review_reason: null })
      .where('round_id', '=', w.roundId)
      .execute();
    expect((await bid()).status).toBe(200);
  });
});
