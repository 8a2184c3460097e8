import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClosedRound, createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { createIssuedRound, productP1 } from '../test-support/backup-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;
let productId: string;
const org = (login: Login) => world[login].organisationId;

async function call(login: Login | null, path: string, method = 'GET', json?: unknown) {
  const res = await t.request(`/api${path}`, {
    method,
    ...(login && { cookie: world[login].cookie }),
    ...(json !== undefined && { json }),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const apply = (login: Login | null = 'office1') => call(login, `/rounds/${roundId}/listing/apply`, 'POST');

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  // P1: A won at 2.80 and B at 4.48 a pack of 14 (0.20 and 0.32 a unit)
  roundId = await createIssuedRound(t, world);
  productId = (await productP1(t, roundId)).id;
}, 90_000);
afterAll(() => t?.close());

describe('listing (挂网 / 撤网, docs/rules.md §12.9)', () => {
  it('is changed by the office admin only', async () => {
    expect((await apply(null)).status).toBe(401);
    expect((await apply('hosp-bj')).status).toBe(403);
    expect((await apply('comp-a')).status).toBe(403);
    expect((await apply('audit1')).status).toBe(403);
    const listing = {
      productId,
      companyId: org('comp-c'),
      specCode: 'S1',
      packPrice: '5.00',
      reason: '挂网',
    };
    expect((await call('comp-c', '/listings', 'POST', listing)).status).toBe(403);
  });

  it('refuses before the award', async () => {
    const { roundId: closed } = await createClosedRound(t, world, {
      ruleset: 'nvbp-11',
      bids: [{ login: 'comp-a', packPrice: '2.80' }],
      demand: [],
    });
    const res = await call('office1', `/rounds/${closed}/listing/apply`, 'POST');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INVALID_STATE');
  });

  it('holds a listing by hand to the round’s cap: 0.32 × 2.00 × 14 = 8.96 a pack', async () => {
    const listing = { productId, companyId: org('comp-c'), specCode: 'S1', reason: '企业申请挂网' };
    const over = await call('office1', '/listings', 'POST', { ...listing, packPrice: '8.97' });
    expect(over.status).toBe(400);
    expect(over.body.errors[0]).toMatchObject({ path: 'packPrice' });
    expect(over.body.detail).toContain('8.96');
    const listed = await call('office1', '/listings', 'POST', { ...listing, packPrice: '8.96' });
    expect(listed.status).toBe(201);
    expect(listed.body).toMatchObject({
      kind: 'listed',
      status: 'listed',
      reasonCode: 'OFFICE',
      packPrice: '8.96',
    });
    // a winner only at its awarded price
    const winner = await call('office1', '/listings', 'POST', {
      ...listing,
      companyId: org('comp-a'),
      packPrice: '3.00',
    });
    expect(winner.status).toBe(400);
    expect(winner.body.detail).toContain('2.80');
  });

  it('lists winners at the awarded price and delists non-bidders, once (idempotent)', async () => {
    const first = await apply();
    expect(first.status).toBe(200);
    const changes = first.body.changes.map((c: any) => ({
      company: c.companyId,
      kind: c.kind,
      price: c.packPrice,
      reasonCode: c.reasonCode,
    }));
    expect(changes).toEqual(
      expect.arrayContaining([
        { company: org('comp-a'), kind: 'listed', price: '2.80', reasonCode: 'AWARDED_PRICE' },
        { company: org('comp-b'), kind: 'listed', price: '4.48', reasonCode: 'AWARDED_PRICE' },
        { company: org('comp-c'), kind: 'delisted', price: '8.96', reasonCode: 'DID_NOT_BID' },
      ]),
    );
    expect(changes).toHaveLength(3);
    expect((await apply()).body.changes).toEqual([]);
  });

  it('is public: the list, filtered, and each change with its reason, signed out', async () => {
    const all = await call(null, '/listings');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(3);
    const delisted = await call(null, `/listings?status=delisted`);
    expect(delisted.body.items.map((l: any) => l.companyName)).toEqual(['company comp-c']);
    const ofA = await call(null, `/listings?companyId=${org('comp-a')}&productId=${productId}`);
    expect(ofA.body.items).toMatchObject([{ packPrice: '2.80', winner: true, status: 'listed' }]);
    const paged = await call(null, '/listings?limit=2');
    expect(paged.body.items).toHaveLength(2);
    expect(paged.body.nextCursor).not.toBeNull();

    const c = delisted.body.items[0];
    const history = await call(null, `/listings/${c.id}/changes`);
    expect(history.body.items.map((h: any) => [h.kind, h.reasonCode])).toEqual([
      ['delisted', 'DID_NOT_BID'],
      ['listed', 'OFFICE'],
    ]);
    expect(history.body.items[1].reason).toBe('企业申请挂网');
    expect(history.body.items[0].reason).toContain('撤网');
    expect((await call(null, '/listings/00000000-0000-4000-8000-000000000000/changes')).status).toBe(404);
  });

  it('takes the office’s changes with a reason, within the rules', async () => {
    const c = (await call(null, `/listings?companyId=${org('comp-c')}`)).body.items[0];
    const nothing = await call('office1', `/listings/${c.id}/changes`, 'POST', {
      action: 'delist',
      reason: '再撤',
    });
    expect(nothing.status).toBe(409);
    const relisted = await call('office1', `/listings/${c.id}/changes`, 'POST', {
      action: 'relist',
      reason: '企业补充说明后恢复挂网',
    });
    expect(relisted.status).toBe(201);
    expect(relisted.body).toMatchObject({ kind: 'relisted', status: 'listed', previousPrice: '8.96' });
    const over = await call('office1', `/listings/${c.id}/changes`, 'POST', {
      action: 'reprice',
      packPrice: '9.50',
      reason: '调价',
    });
    expect(over.status).toBe(400);
    const lower = await call('office1', `/listings/${c.id}/changes`, 'POST', {
      action: 'reprice',
      packPrice: '7.00',
      reason: '企业主动降价',
    });
    expect(lower.body).toMatchObject({ kind: 'repriced', packPrice: '7.00', previousPrice: '8.96' });
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'in', ['listing.applied', 'listing.changed'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'listing.applied',
      'listing.applied',
      'listing.changed',
      'listing.changed',
      'listing.changed',
    ]);
  });
});
