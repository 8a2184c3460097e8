import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { agreementOf, createSignedRound, setRoundClock } from '../test-support/orders-world.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;
const org = (login: Login) => world[login].organisationId;

async function call(login: Login, path: string, method = 'GET', json?: unknown) {
  const res = await t.request(`/api/rounds/${roundId}${path}`, {
    method,
    cookie: world[login].cookie,
    ...(json !== undefined && { json }),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const order = (login: Login, body: Record<string, unknown>) => call(login, '/orders', 'POST', body);

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  roundId = await createSignedRound(t, world);
}, 90_000);
afterAll(() => t?.close());

describe('orders by hospitals (issue 12.2)', () => {
  it('are placed at the agreement line’s awarded pack price, amount = packs × price exactly', async () => {
    const placed = await order('hosp-bj', { productCode: 'P1', packs: 10, externalRef: 'BJ-0001' });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      hospitalId: org('hosp-bj'),
      companyId: org('comp-a'),
      productCode: 'P1',
      packs: 10,
      units: '140',
      packPrice: '2.80',
      amount: '28.00',
      overAgreed: false,
      orderedOn: '2027-05-10',
      status: 'ordered',
      externalRef: 'BJ-0001',
    });
    // the same number twice is refused
    const again = await order('hosp-bj', { productCode: 'P1', packs: 1, externalRef: 'BJ-0001' });
    expect(again.status).toBe(409);
  });

  it('refuse a price other than the awarded one, and accept the awarded one however spelled', async () => {
    const cheaper = await order('hosp-bj', { productCode: 'P1', packs: 1, packPrice: '2.50' });
    expect(cheaper.status).toBe(400);
    expect(cheaper.body.code).toBe('VALIDATION_FAILED');
    expect(cheaper.body.errors[0].path).toBe('packPrice');
    expect((await order('hosp-bj', { productCode: 'P1', packs: 1, packPrice: 'cheap' })).status).toBe(400);
    const same = await order('hosp-bj', { productCode: 'P1', packs: 1, packPrice: '2.8' });
    expect(same.status).toBe(201);
    expect(same.body.packPrice).toBe('2.80');
    const stored = await t.db.selectFrom('purchase').select('pack_price').distinct().execute();
    expect(stored.map((r) => r.pack_price)).toEqual(['2.80']);
  });

  it('go beyond the agreed volume at the same price, marked from the order that crosses it', async () => {
    const sh = await agreementOf(t, roundId, org('hosp-sh'), org('comp-a'));
    // SH has two lines for P1 (A as backup, B as primary): the agreement must be named
    const ambiguous = await order('hosp-sh', { productCode: 'P1', packs: 1 });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.errors[0].path).toBe('agreementId');
    const lines = (await call('hosp-sh', '/orderable-lines')).body.items as any[];
    const lineA = lines.find((l) => l.agreementId === sh);
    expect(lineA).toMatchObject({ agreedVolume: '600', usedUnits: '0', unitsPerPack: 14, active: true });
    const within = await order('hosp-sh', { productCode: 'P1', agreementId: sh, packs: 42 }); // 588 units
    expect(within.body.overAgreed).toBe(false);
    const crossing = await order('hosp-sh', { productCode: 'P1', agreementId: sh, packs: 1 }); // 602
    expect(crossing.body).toMatchObject({ overAgreed: true, packPrice: '2.80', amount: '2.80' });
    const beyond = await order('hosp-sh', { productCode: 'P1', agreementId: sh, packs: 5 });
    expect(beyond.body).toMatchObject({ overAgreed: true, packPrice: '2.80', amount: '14.00' });
    const used = (await call('hosp-sh', '/orderable-lines')).body.items.find(
      (l: any) => l.agreementId === sh,
    );
    expect(used.usedUnits).toBe(String((42 + 1 + 5) * 14));
  });

  it('are refused without an active agreement: none, unsigned, before the cycle, ended', async () => {
    const none = await order('hosp-bj', { productCode: 'P1', packs: 1, agreementId: crypto.randomUUID() });
    expect(none.status).toBe(409);
    expect(none.body).toMatchObject({ code: 'INVALID_STATE', agreementState: 'none' });
    const tj = await agreementOf(t, roundId, org('hosp-tj'), org('comp-a'));
    await sql`update agreement set company_signed_at = null, company_signature = null where id = ${tj}::uuid`.execute(
      t.db,
    );
    const unsigned = await order('hosp-tj', { productCode: 'P1', packs: 1 });
    expect(unsigned.status).toBe(409);
    expect(unsigned.body.agreementState).toBe('unsigned');
    expect(unsigned.body.errors[0].path).toBe('productCode');
    await sql`update agreement set company_signed_at = jicai_now(), company_signature = 'test' where id = ${tj}::uuid`.execute(
      t.db,
    );
    await setRoundClock(t, roundId, at('2027-03-20', '10:00'));
    expect((await order('hosp-tj', { productCode: 'P1', packs: 1 })).body.agreementState).toBe(
      'before-cycle',
    );
    await setRoundClock(t, roundId, at('2027-05-10', '10:00'));
    await sql`update agreement_line set ended_on = '2027-05-10', end_reason = 'passed-to-backup'
      where agreement_id = ${tj}::uuid`.execute(t.db);
    expect((await order('hosp-tj', { productCode: 'P1', packs: 1 })).body.agreementState).toBe('ended');
    await sql`update agreement_line set ended_on = null, end_reason = null where agreement_id = ${tj}::uuid`.execute(
      t.db,
    );
    expect((await order('hosp-tj', { productCode: 'P1', packs: 1 })).status).toBe(201);
    // a company or the office never orders
    expect((await order('comp-a', { productCode: 'P1', packs: 1 })).status).toBe(403);
  });

  it('are seen by their hospital, their company and the office, and are 404 to anyone else', async () => {
    const mine = (await call('hosp-bj', '/orders')).body.items as any[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((o) => o.hospitalId === org('hosp-bj'))).toBe(true);
    const id = mine[0].id;
    for (const login of ['hosp-bj', 'comp-a', 'office1', 'audit1'] as const)
      expect((await call(login, `/orders/${id}`)).status, login).toBe(200);
    for (const login of ['hosp-tj', 'hosp-sh', 'comp-b'] as const)
      expect((await call(login, `/orders/${id}`)).status, login).toBe(404);
    expect((await call('comp-b', `/orders/${id}/confirmation`, 'POST')).status).toBe(404);
    expect((await call('hosp-tj', `/orders/${id}/cancellation`, 'POST', { reason: 'x' })).status).toBe(404);
    const filled = (await call('comp-a', '/orders?open=true&limit=2')).body;
    expect(filled.items).toHaveLength(2);
    expect(filled.nextCursor).not.toBeNull();
    const next = (await call('comp-a', `/orders?open=true&limit=2&cursor=${filled.nextCursor}`)).body;
    expect(next.items.map((o: any) => o.id)).not.toContain(filled.items[0].id);
  });

  it('are cancelled by the hospital with a reason, and the monthly rollup follows', async () => {
    const month = async () =>
      (await t.db
        .selectFrom('purchase_month')
        .select(['units', 'amount', 'lines'])
        .where('round_id', '=', roundId)
        .where('region_code', '=', 'BJ')
        .where('month', '=', '2027-05-01')
        .executeTakeFirst()) ?? { units: '0', amount: '0', lines: 0 };
    const before = await month();
    const placed = await order('hosp-bj', { productCode: 'P1', packs: 3 });
    const after = await month();
    expect(BigInt(after.units) - BigInt(before.units)).toBe(42n);
    expect(after.lines - before.lines).toBe(1);
    const cancelled = await call('hosp-bj', `/orders/${placed.body.id}/cancellation`, 'POST', {
      reason: '临床需求变化',
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '临床需求变化' });
    expect(await month()).toEqual(before);
    expect((await call('comp-a', `/orders/${placed.body.id}/confirmation`, 'POST')).status).toBe(409);
  });
});
