import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/auth.middleware.js';
import { insertSession } from '../auth/auth.repository.js';
import { newSecret, secretHash } from '../auth/secrets.js';
import { createBidWorld, type BidWorld } from '../test-support/bid-test-world.js';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { readRoundNow } from '../db/db-clock.js';
import { sweepDueRounds } from '../scheduler/round-scheduler.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let a: BidWorld;
let b: BidWorld;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestContext();
  a = await createBidWorld(t.db, { companies: 1, products: ['P1'], closesIn: '2 hours' });
  b = await createBidWorld(t.db, { companies: 1, products: ['P1'], closesIn: '2 hours' });
});
afterAll(() => t.close());

const json = async (res: Response) => ({
  status: res.status,
  body: (await res.json()) as Record<string, any>,
});
const bid = (w: BidWorld, key: string) =>
  t
    .request(`/api/rounds/${w.roundId}/bids/P1`, {
      method: 'PUT',
      token: w.companies[0]?.token,
      json: { specCode: 'S1', packPrice: '1.25' },
      headers: { 'idempotency-key': key },
    })
    .then(json);
const clockOf = (w: BidWorld) =>
  t.request(`/api/rounds/${w.roundId}/clock`, { token: w.admin.token }).then(json);
const state = async (w: BidWorld) =>
  (await t.db.selectFrom('round').select('state').where('id', '=', w.roundId).executeTakeFirstOrThrow())
    .state;

describe('a rehearsal clock per round', () => {
  it('moves one round’s deadlines, not another round’s, and signs no one out', async () => {
    const session = newSecret('s');
    await insertSession(t.db, secretHash(session), a.admin.userId, 12);
    const before = await clockOf(b);
    const virtual = new Date(Date.now() + 30 * DAY);

    const set = await json(
      await t.request(`/api/rounds/${a.roundId}/clock`, {
        method: 'PUT',
        cookie: `${SESSION_COOKIE}=${session}`,
        json: { now: virtual.toISOString(), speed: 60 },
      }),
    );
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ roundId: a.roundId, rehearsal: { speed: '60' } });
    expect(new Date(set.body.now).getTime()).toBeGreaterThanOrEqual(virtual.getTime());

    // round A's bidding has closed on its clock; round B's has not, and its clock did not move
    expect(await bid(a, 'round-a-after-move')).toMatchObject({
      status: 409,
      body: { code: 'DEADLINE_PASSED' },
    });
    expect((await bid(b, 'round-b-after-move')).status).toBe(200);
    const after = await clockOf(b);
    expect(after.body.rehearsal).toBeNull();
    expect(new Date(after.body.now).getTime() - new Date(before.body.now).getTime()).toBeLessThan(DAY);
    expect(await sweepDueRounds(t.db)).toBe(1);
    expect(await state(a)).toBe('bidding-closed');
    expect(await state(b)).toBe('bidding-open');

    // the session and tokens live on the real clock: still signed in
    const me = await t.request('/api/clock', { cookie: `${SESSION_COOKIE}=${session}` });
    expect(me.status).toBe(200);
    const platform = (await me.json()) as { now: string };
    expect(Math.abs(new Date(platform.now).getTime() - Date.now())).toBeLessThan(DAY);

    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_user_id', 'payload'])
      .where('stream', '=', `round:${a.roundId}`)
      .where('action', '=', 'round.clock-set')
      .execute();
    expect(audit).toEqual([
      {
        action: 'round.clock-set',
        actor_user_id: a.admin.userId,
        payload: { now: virtual.toISOString(), speed: 60 },
      },
    ]);
  });

  it('stamps a bid with its round’s time: the receipt and the row carry the rehearsal instant', async () => {
    const virtual = new Date(Date.now() - 10 * DAY);
    const set = await t.request(`/api/rounds/${b.roundId}/clock`, {
      method: 'PUT',
      token: b.admin.token,
      json: { now: virtual.toISOString() },
    });
    expect(set.status).toBe(200);
    const receipt = await bid(b, 'round-b-rehearsal');
    expect(receipt.status).toBe(200);
    const received = new Date(receipt.body.receivedAt).getTime();
    // between the instant the rehearsal clock was set to and the round's clock read after the bid
    expect(received).toBeGreaterThanOrEqual(virtual.getTime());
    expect(received).toBeLessThanOrEqual((await readRoundNow(t.db, b.roundId)).getTime());
    const row = await t.db
      .selectFrom('bid')
      .select('received_at')
      .where('round_id', '=', b.roundId)
      .executeTakeFirstOrThrow();
    expect(row.received_at.getTime()).toBe(Math.floor(received));
    await t.request(`/api/rounds/${b.roundId}/clock`, { method: 'DELETE', token: b.admin.token });
  });

  it('goes back to the platform time, audited', async () => {
    const cleared = await json(
      await t.request(`/api/rounds/${a.roundId}/clock`, { method: 'DELETE', token: a.admin.token }),
    );
    expect(cleared).toMatchObject({ status: 200, body: { roundId: a.roundId, rehearsal: null } });
    expect(Math.abs(new Date(cleared.body.now).getTime() - Date.now())).toBeLessThan(DAY);
    const events = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('stream', '=', `round:${a.roundId}`)
      .where('action', '=', 'round.clock-cleared')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('is the office admin’s, refused in production, and 404 for an unknown round', async () => {
    const body = { now: new Date().toISOString() };
    const asCompany = await t.request(`/api/rounds/${b.roundId}/clock`, {
      method: 'PUT',
      token: b.companies[0]?.token,
      json: body,
    });
    expect(asCompany.status).toBe(403);
    const unknown = await t.request('/api/rounds/00000000-0000-4000-8000-000000000000/clock', {
      method: 'PUT',
      token: b.admin.token,
      json: body,
    });
    expect(unknown.status).toBe(404);
    const production = createApp({ ...t.deps, config: loadConfig({ NODE_ENV: 'production' }) });
    const refused = await production.request(`/api/rounds/${b.roundId}/clock`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${b.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(refused.status).toBe(403);
    expect((await clockOf(b)).body.rehearsal).toBeNull();
  });

  it('refuses a speed that would barely move the clock (5e-324 once answered 500), naming the field', async () => {
    for (const speed of [5e-324, 0.0001, 0]) {
      const res = await t.request(`/api/rounds/${b.roundId}/clock`, {
        method: 'PUT',
        token: b.admin.token,
        json: { now: new Date().toISOString(), speed },
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('speed');
    }
    expect((await clockOf(b)).body.rehearsal).toBeNull();
  });
});
