import {
  contractedAmount,
  Dec,
  formatDecimal,
  minimumPrepayment,
  DEFAULT_EXECUTION_RULES,
} from '@jicai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, createWorld, type Login, type World } from '../test-support/award-fixtures.js';
import { createMoneyRound, insertDelivery } from '../test-support/money-world.js';
import { setRoundClock } from '../db/db-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;
let bureau: string;
const org = (login: Login) => world[login].organisationId;

async function call(who: Login | 'bureau', method: string, path: string, json?: unknown) {
  const cookie = who === 'bureau' ? bureau : world[who].cookie;
  const res = await t.request(`/api/rounds/${roundId}${path}`, { method, cookie, json });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : {} };
}
const deliver = (
  hospital: Login,
  company: Login,
  packs: number,
  acceptedPacks: number | null,
  acceptedOn: string,
) =>
  insertDelivery(t, roundId, {
    hospitalId: org(hospital),
    companyId: org(company),
    packs,
    acceptedPacks,
    acceptedOn,
  });
const invoice = (
  company: Login,
  deliveryId: string,
  number: string,
  amount: string,
  issuedOn = '2027-05-06',
) => call(company, 'POST', `/deliveries/${deliveryId}/invoice`, { number, issuedOn, amount });
const pay = (hospital: Login, invoiceId: string, amount: string, payer: string, paidOn = '2027-05-09') =>
  call(hospital, 'POST', `/invoices/${invoiceId}/payments`, { amount, paidOn, payer });

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  ({ roundId, bureauCookie: bureau } = await createMoneyRound(t, world));
  // the round's own clock: sessions stay on the platform's time
  await setRoundClock(t.db, roundId, at('2027-05-10', '10:00'));
  // 4–5 May holidays (Tuesday, Wednesday): the working-day count skips them
  await t.db
    .insertInto('working_day')
    .values([
      { day: '2027-05-04', kind: 'holiday', note: '劳动节' },
      { day: '2027-05-05', kind: 'holiday', note: '劳动节' },
    ])
    .execute();
}, 120_000);
afterAll(() => t?.close());

describe('payment terms', () => {
  it('default to the ruleset’s 30 calendar days; the office admin sets the round’s and a region’s', async () => {
    const initial = await call('hosp-bj', 'GET', '/payment-terms');
    expect(initial.body).toMatchObject({
      ruleset: { dueDays: 30, workingDays: false },
      round: null,
      regions: [],
    });
    const body = {
      round: { dueDays: 20, workingDays: false },
      regions: [{ regionCode: 'SH', dueDays: 10, workingDays: true }],
    };
    expect((await call('hosp-bj', 'PUT', '/payment-terms', body)).status).toBe(403);
    expect((await call('comp-a', 'PUT', '/payment-terms', body)).status).toBe(403);
    const bad = await call('office1', 'PUT', '/payment-terms', {
      ...body,
      regions: [{ regionCode: 'XX', dueDays: 5, workingDays: false }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('regions[0].regionCode');
    const set = await call('office1', 'PUT', '/payment-terms', body);
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      round: { dueDays: 20, workingDays: false },
      regions: [{ regionCode: 'SH', dueDays: 10, workingDays: true }],
    });
  });
});

describe('invoices (发票)', () => {
  it('must say the accepted packs × the awarded pack price, exactly', async () => {
    const delivery = await deliver('hosp-bj', 'comp-a', 100, 95, '2027-05-03');
    const wrong = await invoice('comp-a', delivery, 'FP-001', '280.00');
    expect(wrong.status).toBe(400);
    expect(wrong.type).toContain('application/problem+json');
    expect(wrong.body.errors[0]).toMatchObject({ path: 'amount', code: 'INVOICE_AMOUNT_MISMATCH' });
    expect(wrong.body.expectedAmount).toBe('266.00');
    expect((await invoice('comp-a', delivery, 'FP-001', '266.01')).status).toBe(400);
    const right = await invoice('comp-a', delivery, 'FP-001', '266');
    expect(right.status).toBe(201);
    // BJ has the round's 20 calendar days
    expect(right.body).toMatchObject({
      amount: '266.00',
      outstanding: '266.00',
      dueOn: '2027-05-23',
      status: 'due',
    });
    expect((await invoice('comp-a', delivery, 'FP-002', '266.00')).status).toBe(409);
  });

  it('take the region’s terms over the round’s: SH counts 10 working days, skipping the holidays', async () => {
    const delivery = await deliver('hosp-sh', 'comp-b', 10, 10, '2027-05-03');
    const recorded = await invoice('comp-b', delivery, 'SH-001', '44.80');
    expect(recorded.status).toBe(201);
    expect(recorded.body.dueOn).toBe('2027-05-19');
  });

  it('follow acceptance, belong to the delivering company and carry a number once', async () => {
    const pending = await deliver('hosp-tj', 'comp-a', 5, null, '2027-05-06');
    expect((await invoice('comp-a', pending, 'FP-100', '14.00')).status).toBe(409);
    const delivery = await deliver('hosp-tj', 'comp-a', 5, 5, '2027-05-06');
    expect((await invoice('comp-b', delivery, 'FP-100', '14.00')).status).toBe(404);
    expect((await invoice('hosp-tj', delivery, 'FP-100', '14.00')).status).toBe(403);
    const taken = await invoice('comp-a', delivery, 'FP-001', '14.00');
    expect(taken.body.errors[0]).toMatchObject({ path: 'number', code: 'INVOICE_NUMBER_TAKEN' });
    expect((await invoice('comp-a', delivery, 'FP-100', '14.00', '2027-05-05')).body.errors[0].path).toBe(
      'issuedOn',
    );
    const open = await call('comp-a', 'GET', '/invoiceable-deliveries');
    expect(open.body.items.map((d: any) => d.deliveryId)).toEqual([delivery]);
    expect(open.body.items[0]).toMatchObject({ acceptedPacks: 5, packPrice: '2.80', amount: '14.00' });
    expect((await invoice('comp-a', delivery, 'FP-100', '14.00')).status).toBe(201);
    expect((await call('comp-a', 'GET', '/invoiceable-deliveries')).body.items).toEqual([]);
  });
});

describe('payments (回款)', () => {
  const invoiceOf = async (login: Login, number: string) =>
    (await call(login, 'GET', '/invoices')).body.items.find((i: any) => i.number === number);

  it('are never more than what is outstanding; part payments leave the invoice due', async () => {
    const inv = await invoiceOf('hosp-bj', 'FP-001');
    const over = await pay('hosp-bj', inv.id, '266.01', 'hospital');
    expect(over.status).toBe(400);
    expect(over.body.errors[0]).toMatchObject({ path: 'amount', code: 'PAYMENT_EXCEEDS_OUTSTANDING' });
    expect((await pay('hosp-tj', inv.id, '1.00', 'hospital')).status).toBe(404);
    expect((await pay('comp-a', inv.id, '1.00', 'hospital')).status).toBe(403);
    const part = await pay('hosp-bj', inv.id, '100.00', 'insurance-fund', '2027-05-08');
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ paid: '100.00', outstanding: '166.00', status: 'due' });
    expect((await pay('hosp-bj', inv.id, '166.01', 'hospital')).status).toBe(400);
    expect((await pay('hosp-bj', inv.id, '1.00', 'hospital', '2027-05-11')).body.errors[0].path).toBe(
      'paidOn',
    );
  });

  it('set off against the fund’s prepayment, refused when the balance is short', async () => {
    const lines = await t.db
      .selectFrom('agreement_line as l')
      .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
      .select(['l.pack_price', 'l.agreed_volume', 'l.units_per_pack'])
      .where('a.round_id', '=', roundId)
      .where('a.hospital_id', '=', org('hosp-bj'))
      .execute();
    const annual = lines.reduce(
      (s, l) => s.plus(contractedAmount(new Dec(l.pack_price), BigInt(l.agreed_volume), l.units_per_pack)),
      new Dec(0),
    );
    const minimum = formatDecimal(minimumPrepayment(annual, DEFAULT_EXECUTION_RULES), 2);
    const body = { hospitalId: org('hosp-bj'), amount: '150.00', paidOn: '2027-04-01' };
    expect((await call('hosp-bj', 'POST', '/prepayments', body)).status).toBe(403);
    const recorded = await call('office1', 'POST', '/prepayments', body);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      annualContractedAmount: formatDecimal(annual, 2),
      minimum,
      prepaid: '150.00',
      balance: '150.00',
      belowMinimum: true,
    });
    expect(
      (await call('office1', 'POST', '/prepayments', { ...body, hospitalId: org('comp-a') })).status,
    ).toBe(400);

    const inv = await invoiceOf('hosp-bj', 'FP-001');
    const short = await pay('hosp-bj', inv.id, '150.01', 'prepayment');
    expect(short.status).toBe(400);
    expect(short.body.errors[0].code).toBe('PREPAYMENT_SHORT');
    expect((await pay('hosp-bj', inv.id, '160.00', 'prepayment')).body.errors[0].code).toBe(
      'PREPAYMENT_SHORT',
    );
    await call('office1', 'POST', '/prepayments', { ...body, amount: '10.00', paidOn: '2027-04-02' });
    // 160.00 spans both prepayments, oldest first
    const settled = await pay('hosp-bj', inv.id, '160.00', 'prepayment');
    expect(settled.status).toBe(201);
    expect(settled.body).toMatchObject({ outstanding: '6.00', status: 'due' });
    const last = await pay('hosp-bj', inv.id, '6.00', 'hospital', '2027-05-10');
    expect(last.body).toMatchObject({ outstanding: '0.00', status: 'paid' });
    const accounts = await call('hosp-bj', 'GET', '/prepayments');
    expect(accounts.body.items).toEqual([
      expect.objectContaining({ prepaid: '160.00', setOff: '160.00', balance: '0.00' }),
    ]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'in', [
        'payment-terms.set',
        'invoice.recorded',
        'payment.recorded',
        'prepayment.recorded',
      ])
      .execute();
    expect(new Set(audit.map((a) => a.action)).size).toBe(4);
  });
});

describe('overdue lists', () => {
  it('group by hospital, region or company, longest overdue first, each reader seeing its own', async () => {
    const late = await deliver('hosp-tj', 'comp-a', 20, 20, '2027-04-01');
    expect((await invoice('comp-a', late, 'FP-200', '56.00', '2027-04-02')).status).toBe(201);
    await setRoundClock(t.db, roundId, at('2027-06-30', '10:00'));
    const byHospital = await call('office1', 'GET', '/payments/overdue?by=hospital');
    expect(byHospital.status).toBe(200);
    // TJ: FP-200 due 2027-04-21 and FP-100 due 2027-05-26; SH: SH-001 due 2027-05-19; BJ paid
    expect(
      byHospital.body.items.map((g: any) => [g.name, g.invoices, g.outstanding, g.maxDaysOverdue]),
    ).toEqual([
      ['hospital hosp-tj', 2, '70.00', 70],
      ['hospital hosp-sh', 1, '44.80', 42],
    ]);
    const byRegion = await call('office1', 'GET', '/payments/overdue?by=region&limit=1');
    expect(byRegion.body.items.map((g: any) => g.key)).toEqual(['TJ']);
    const next = await call(
      'office1',
      'GET',
      `/payments/overdue?by=region&limit=1&cursor=${byRegion.body.nextCursor}`,
    );
    expect(next.body.items.map((g: any) => g.key)).toEqual(['SH']);
    expect(next.body.nextCursor).toBeNull();
    const byCompany = await call('office1', 'GET', '/payments/overdue?by=company');
    expect(byCompany.body.items.map((g: any) => [g.key, g.outstanding])).toEqual([
      [org('comp-a'), '70.00'],
      [org('comp-b'), '44.80'],
    ]);
    expect(
      (await call('comp-b', 'GET', '/payments/overdue?by=hospital')).body.items.map((g: any) => g.key),
    ).toEqual([org('hosp-sh')]);
    expect(
      (await call('hosp-sh', 'GET', '/payments/overdue?by=company')).body.items.map((g: any) => g.key),
    ).toEqual([org('comp-b')]);
    expect((await call('bureau', 'GET', '/payments/overdue?by=hospital')).body.items).toEqual([]);
    expect((await call('hosp-bj', 'GET', '/invoices?status=overdue')).body.items).toEqual([]);
    const tj = await call('hosp-tj', 'GET', '/invoices?status=overdue');
    expect(tj.body.items.map((i: any) => [i.number, i.daysOverdue])).toEqual([
      ['FP-200', 70],
      ['FP-100', 35],
    ]);
    expect(
      (await call('hosp-bj', 'GET', '/invoices?status=paid')).body.items.map((i: any) => i.number),
    ).toEqual(['FP-001']);
    expect((await call('bureau', 'GET', '/invoices')).body.items.map((i: any) => i.number)).toEqual([
      'FP-001',
    ]);
  });
});
