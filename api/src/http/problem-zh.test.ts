import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import {
  createDemandRound,
  createDemandWorld,
  demandClient,
  problemOf,
  type DemandWorld,
} from '../test-support/demand-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

// issue 8 §9: a refusal reads in Chinese by default, in English on request, and names the field
const HAN = /[\u4e00-\u9fff]/;

let t: TestContext;
let bidWorld: BidWorld;
let world: DemandWorld;

beforeAll(async () => {
  t = await createTestContext();
  bidWorld = await createBidWorld(t.db, { companies: 1, products: ['P1'] });
  world = await createDemandWorld(t);
});
afterAll(() => t.close());

type Send = (headers: Record<string, string>) => Promise<Response>;

/** The refusal in both languages: Chinese by default, English when asked, both always carried. */
async function expectBilingual(send: Send, code: string, path?: string) {
  const zh = await problemOf(await send({}));
  expect(zh.code).toBe(code);
  expect(zh.detailZh).toMatch(HAN);
  expect(zh.detailZh).not.toContain(zh.detailEn);
  expect(zh.detail).toBe(zh.detailZh);
  if (path) {
    const field = zh.errors.find((e) => e.path === path);
    expect(field, JSON.stringify(zh.errors)).toBeDefined();
    expect(field?.messageZh).toMatch(HAN);
    expect(field?.messageZh).not.toContain(field?.message as string);
  }
  const en = await problemOf(await send({ 'accept-language': 'en-US,en;q=0.9' }));
  expect(en.code).toBe(code);
  expect(en.detail).toBe(en.detailEn);
  expect(en.detail).not.toMatch(HAN);
  return zh;
}

const company = () => bidWorld.companies[0]?.token as string;
const bid = (headers: Record<string, string>, json: unknown = { specCode: 'S1', packPrice: '12.50' }) =>
  t.request(`/api/rounds/${bidWorld.roundId}/bids/P1`, { method: 'PUT', token: company(), json, headers });

describe('refusals in Chinese and English (issue 8 §9)', () => {
  it('an unknown round', async () => {
    const p = await expectBilingual(
      (headers) => t.request(`/api/rounds/${randomUUID()}`, { token: bidWorld.admin.token, headers }),
      'NOT_FOUND',
    );
    expect(p.detailZh).toContain('轮次');
  });

  it('a bid without an Idempotency-Key', async () => {
    await expectBilingual(
      (headers) =>
        t.request(`/api/rounds/${bidWorld.roundId}/bids/P1`, {
          method: 'PUT',
          token: company(),
          json: { specCode: 'S1', packPrice: '12.50' },
          headers,
        }),
      'VALIDATION_FAILED',
      'header.Idempotency-Key',
    );
  });

  it('a bid on a spec the company did not register', async () => {
    const p = await expectBilingual(
      (headers) =>
        bid({ ...headers, 'idempotency-key': randomUUID() }, { specCode: 'S9', packPrice: '12.50' }),
      'VALIDATION_FAILED',
      'specCode',
    );
    expect(p.detailZh).toContain('规格');
  });

  it('a schema’s own message (a zero price)', async () => {
    const p = await expectBilingual(
      (headers) =>
        bid({ ...headers, 'idempotency-key': randomUUID() }, { specCode: 'S1', packPrice: '0.00' }),
      'VALIDATION_FAILED',
      'packPrice',
    );
    expect(p.errors.find((e) => e.path === 'packPrice')?.messageZh).toBe('须大于 0');
  });

  it('demand outside its window', async () => {
    const r = await createDemandRound(t.db, {
      createdBy: world.office1?.userId as string,
      regions: ['BJ'],
      products: [{ code: 'P1' }],
      state: 'published',
    });
    const { put } = demandClient(t, world);
    const send: Send = (headers) =>
      t.request(`/api/rounds/${r.roundId}/demand/P1`, {
        method: 'PUT',
        cookie: world['hosp-a']?.cookie as string,
        json: { quantity: 100 },
        headers,
      });
    const p = await expectBilingual(send, 'INVALID_STATE');
    expect(p.detailZh).toContain('报量');
    expect((await put('hosp-a', r.roundId, 'P1', { quantity: 1 })).response.status).toBe(409);
  });

  it('a weak new password', async () => {
    const p = await expectBilingual(
      (headers) =>
        t.request('/api/auth/password', {
          method: 'POST',
          cookie: world['hosp-b']?.cookie as string,
          json: { currentPassword: 'correct horse battery', newPassword: 'aaaaaaaaaa' },
          headers,
        }),
      'WEAK_PASSWORD',
      'newPassword',
    );
    expect(p.detailZh).toContain('密码');
  });

  it('a bid after the deadline', async () => {
    await sql`update round set bidding_closes_at = jicai_now() - interval '1 second' where id = ${bidWorld.roundId}`.execute(
      t.db,
    );
    const p = await expectBilingual(
      (headers) => bid({ ...headers, 'idempotency-key': randomUUID() }),
      'DEADLINE_PASSED',
    );
    expect(p.detailZh).toContain('截止');
  });
});
