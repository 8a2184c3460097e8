import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { createSignedRound } from '../test-support/orders-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;
let orderId: string;

async function call(login: Login, path: string, method = 'GET', json?: unknown) {
  const res = await t.request(
    path.startsWith('/distributors') ? `/api${path}` : `/api/rounds/${roundId}${path}`,
    {
      method,
      cookie: world[login].cookie,
      ...(json !== undefined && { json }),
    },
  );
  return { status: res.status, body: (await res.json()) as any };
}
const deliver = (login: Login, body: Record<string, unknown>, id = orderId) =>
  call(login, `/orders/${id}/deliveries`, 'POST', { batchNo: 'B2705', deliveredOn: '2027-05-10', ...body });
const statusOf = async () => (await call('hosp-bj', `/orders/${orderId}`)).body.status;
// a valid USCC (GB 32100-2015 check character)
const USCC = '91110000100000000A'.slice(0, 17);

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createSignedRound(t, world);
  orderId = (await call('hosp-bj', '/orders', 'POST', { productCode: 'P1', packs: 10 })).body.id;
}, 90_000);
afterAll(() => t?.close());

describe('distributors (配送企业)', () => {
  it('are named by a company, USCC checked, regions known; the company’s own only', async () => {
    const { usccCheckCharacter } = await import('@jicai/domain');
    const uscc = USCC + usccCheckCharacter(USCC);
    const bad = await call('comp-a', '/distributors', 'POST', { name: '国药控股北京', uscc: USCC + 'Z' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('uscc');
    const region = await call('comp-a', '/distributors', 'POST', { name: 'x', uscc, regions: ['XX'] });
    expect(region.body.errors[0].path).toBe('regions');
    const added = await call('comp-a', '/distributors', 'POST', {
      name: '国药控股北京',
      uscc,
      regions: ['bj'],
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: '国药控股北京', uscc, regions: ['BJ'] });
    expect((await call('comp-a', '/distributors', 'POST', { name: 'again', uscc })).status).toBe(409);
    expect((await call('comp-a', '/distributors')).body.items).toHaveLength(1);
    expect((await call('comp-b', '/distributors')).body.items).toHaveLength(0);
    expect((await call('hosp-bj', '/distributors', 'POST', { name: 'x', uscc })).status).toBe(403);
  });
});

describe('deliveries and acceptance (issue 12.2)', () => {
  it('wait for the company to confirm the order', async () => {
    const early = await deliver('comp-a', { packs: 4 });
    expect(early.status).toBe(409);
    expect(early.body.orderStatus).toBe('ordered');
    expect((await call('comp-b', `/orders/${orderId}/confirmation`, 'POST')).status).toBe(404);
    const confirmed = await call('comp-a', `/orders/${orderId}/confirmation`, 'POST');
    expect(confirmed.body.status).toBe('confirmed');
    expect(confirmed.body.confirmedAt).not.toBeNull();
  });

  it('never exceed the packs ordered, name only the company’s own distributor, and move the status', async () => {
    const over = await deliver('comp-a', { packs: 11 });
    expect(over.status).toBe(400);
    expect(over.body.errors[0].path).toBe('packs');
    expect((await deliver('comp-b', { packs: 1 })).status).toBe(404);
    const foreign = await deliver('comp-a', { packs: 1, distributorId: crypto.randomUUID() });
    expect(foreign.body.errors[0].path).toBe('distributorId');
    expect((await deliver('comp-a', { packs: 1, deliveredOn: '2027-05-11' })).status).toBe(400);

    const [distributor] = (await call('comp-a', '/distributors')).body.items;
    const first = await deliver('comp-a', {
      packs: 6,
      expiryOn: '2029-04-30',
      distributorId: distributor.id,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ packs: 6, batchNo: 'B2705', distributorName: '国药控股北京' });
    expect(await statusOf()).toBe('confirmed');
    expect((await deliver('comp-a', { packs: 5 })).status).toBe(400); // 4 left
    const second = await deliver('comp-a', { packs: 4, batchNo: 'B2706' });
    expect(second.body.distributorName).toBeNull();
    expect(await statusOf()).toBe('delivered');
    // delivered: the hospital can no longer cancel
    expect((await call('hosp-bj', `/orders/${orderId}/cancellation`, 'POST', { reason: 'x' })).status).toBe(
      409,
    );
  });

  it('are accepted by their hospital with accepted, short and damaged packs summing to the delivered', async () => {
    const awaiting = (await call('hosp-bj', '/deliveries?awaiting=acceptance')).body.items as any[];
    expect(awaiting.map((d) => d.packs).sort()).toEqual([4, 6]);
    expect((await call('hosp-tj', '/deliveries')).body.items).toHaveLength(0);
    const six = awaiting.find((d) => d.packs === 6);
    const four = awaiting.find((d) => d.packs === 4);
    const path = (id: string) => `/deliveries/${id}/acceptance`;
    expect((await call('hosp-tj', path(six.id), 'POST', { acceptedPacks: 6 })).status).toBe(404);
    expect((await call('comp-a', path(six.id), 'POST', { acceptedPacks: 6 })).status).toBe(403);
    const wrong = await call('hosp-bj', path(six.id), 'POST', { acceptedPacks: 5, shortPacks: 0 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('acceptedPacks');

    const accepted = await call('hosp-bj', path(six.id), 'POST', { acceptedPacks: 6 });
    expect(accepted.body).toMatchObject({
      acceptedPacks: 6,
      shortPacks: 0,
      damagedPacks: 0,
      acceptedOn: '2027-05-10',
    });
    expect((await call('hosp-bj', path(six.id), 'POST', { acceptedPacks: 6 })).status).toBe(409);
    expect(await statusOf()).toBe('delivered');
    // one damaged, one short: still owed, the order waits for them
    const partly = await call('hosp-bj', path(four.id), 'POST', {
      acceptedPacks: 2,
      shortPacks: 1,
      damagedPacks: 1,
      note: '外包装破损 1 盒',
    });
    expect(partly.body).toMatchObject({ acceptedPacks: 2, shortPacks: 1, damagedPacks: 1 });
    const order = (await call('hosp-bj', `/orders/${orderId}`)).body;
    expect(order).toMatchObject({ status: 'confirmed', deliveredPacks: 8, packsToDeliver: 2 });
    const rest = await deliver('comp-a', { packs: 2, batchNo: 'B2707' });
    expect(await statusOf()).toBe('delivered');
    await call('hosp-bj', path(rest.body.id), 'POST', { acceptedPacks: 2 });
    expect(await statusOf()).toBe('accepted');
  });

  it('record each change in the audit chain', async () => {
    const actions = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'in', ['order.placed', 'order.confirmed', 'delivery.recorded', 'delivery.accepted'])
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'order.placed',
      'order.confirmed',
      'delivery.recorded',
      'delivery.recorded',
      'delivery.accepted',
      'delivery.accepted',
      'delivery.recorded',
      'delivery.accepted',
    ]);
    const added = await t.db
      .selectFrom('audit_event')
      .select('stream')
      .where('action', '=', 'distributor.added')
      .execute();
    expect(added).toEqual([{ stream: `company:${world['comp-a'].organisationId}` }]);
  });
});
