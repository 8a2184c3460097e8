import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPlatformClock } from './test-support/platform-clock.js';
import { sweepDueRounds } from './scheduler/round-scheduler.js';
import { createOrgUser, ensureRegion, makeUscc, PASSWORD } from './test-support/fixtures.js';
import { lifecycleClient, shanghai } from './test-support/lifecycle-client.js';
import { createTestContext, type TestContext } from './test-support/test-context.js';

// A round's life from nothing to "bidding open", through the API only, on the rehearsal clock.
// Only the first office admin and the regions exist beforehand: neither has an API.

let t: TestContext;
let api: ReturnType<typeof lifecycleClient>;
const ids: { roundId?: string; product?: string; spec?: string } = {};
const USER_PASSWORD = 'lifecycle-pass-2027';

beforeAll(async () => {
  // the rehearsal clock runs two weeks on: sessions must outlive it
  t = await createTestContext({ SESSION_HOURS: String(30 * 24) });
  api = lifecycleClient(t, ids);
  await ensureRegion(t.db, 'BJ', '北京市');
  await ensureRegion(t.db, 'TJ', '天津市');
  await createOrgUser(t.db, 'office', ['office-admin'], 'admin');
  await setPlatformClock(t.db, shanghai('2027-03-01T10:00'));
  await api.signIn('admin', PASSWORD);
});
afterAll(() => t.close());

type Json = Record<string, any>;
const call = (...args: Parameters<typeof api.call>) => api.call(...args);
const expectRefused = (...args: Parameters<typeof api.expectRefused>) => api.expectRefused(...args);
const advanceClockTo = (text: string) => api.advanceClockTo(text);
const round = (suffix = '') => `/rounds/${ids.roundId}${suffix}`;
const stateOf = async () => (await call('admin', 'GET', round())).body.state as string;
const product = (code: string, name: string) => ({
  code,
  name,
  form: 'oral-solid',
  volumeClass: 'general',
  strengthUnit: 'mg',
  representativeSpecCode: 'S10',
  specs: [
    { code: 'S10', strength: '10', unitsPerPack: 28, ceiling: '1.2000' },
    { code: 'S20', strength: '20', unitsPerPack: 28, ceiling: '2.0400' },
  ],
});

describe('a round from creation to bidding open, through the API', () => {
  it('the office registers the alliance’s organisations and their users', async () => {
    const orgs: [string, Json][] = [
      ['bureau-bj', { kind: 'region-bureau', name: '北京市医疗保障局', regionCode: 'BJ' }],
      ['bureau-tj', { kind: 'region-bureau', name: '天津市医疗保障局', regionCode: 'TJ' }],
      ['hosp-bj1', { kind: 'hospital', name: '北京协和医院', uscc: makeUscc(), regionCode: 'BJ' }],
      ['hosp-bj2', { kind: 'hospital', name: '北京医院', uscc: makeUscc(), regionCode: 'BJ' }],
      ['hosp-tj1', { kind: 'hospital', name: '天津医科大学总医院', uscc: makeUscc(), regionCode: 'TJ' }],
      ['pharma', { kind: 'company', name: '京华康泰制药有限公司', uscc: makeUscc() }],
    ];
    const roles: Record<string, string> = {
      'bureau-bj': 'region-bureau-user',
      'bureau-tj': 'region-bureau-user',
      pharma: 'company-user',
    };
    for (const [login, body] of orgs) {
      const org = await call('admin', 'POST', '/organisations', body);
      expect(org.status).toBe(201);
      const role = roles[login] ?? 'hospital-user';
      const user = await call('admin', 'POST', `/organisations/${org.body.id}/users`, {
        login,
        displayName: body.name,
        password: USER_PASSWORD,
        roles: [role],
      });
      expect(user.status).toBe(201);
      await api.signIn(login, USER_PASSWORD);
    }
    const bad = await call('admin', 'POST', '/organisations', { kind: 'hospital', name: 'x', uscc: '123' });
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('creates a draft round with its catalogue and calendar, and publishes it once', async () => {
    const created = await call('admin', 'POST', '/rounds', {
      code: 'LIFE-2027-1',
      name: '第十二批国家组织药品集采',
      regionCodes: ['BJ', 'TJ'],
      ruleset: 'nvbp-7',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'draft', rulesetName: 'nvbp-7' });
    ids.roundId = created.body.id;
    await expectRefused(() => call('admin', 'POST', round('/publish')), 409, 'INVALID_STATE');
    for (const [code, name] of [
      ['AMLO', '氨氯地平片'],
      ['ATOR', '阿托伐他汀钙片'],
    ] as const) {
      expect((await call('admin', 'POST', round('/products'), product(code, name))).status).toBe(201);
    }
    const calendar = await call('admin', 'PUT', round('/calendar'), {
      demandOpensAt: '2027-03-02T09:00',
      demandClosesAt: '2027-03-09T17:00',
      biddingOpensAt: '2027-03-15T09:00',
      biddingClosesAt: '2027-03-22T10:00',
      openingAt: '2027-03-22T10:30',
      objectionWorkingDays: 3,
    });
    expect(calendar.status).toBe(200);
    const published = await call('admin', 'POST', round('/publish'));
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ state: 'published', rulesetFrozen: { name: 'nvbp-7' } });
    const twice = await expectRefused(() => call('admin', 'POST', round('/publish')), 409, 'INVALID_STATE');
    expect(twice.refusal).toBe('NOT_IN_DRAFT');
    const more = () => call('admin', 'POST', round('/products'), product('VALS', '缬沙坦胶囊'));
    expect((await expectRefused(more, 409, 'INVALID_STATE')).state).toBe('published');
  });

  it('lets a company register its product before bidding, and hospitals wait for the window', async () => {
    const catalogue = (await call('pharma', 'GET', round('/products'))).body.items as Json[];
    expect(catalogue.map((p) => p.code)).toEqual(['AMLO', 'ATOR']);
    // the catalogue view carries codes, registrations take ids: read them from the tables
    const row = await t.db
      .selectFrom('spec')
      .innerJoin('product', 'product.id', 'spec.product_id')
      .select(['spec.id', 'spec.product_id'])
      .where('product.round_id', '=', ids.roundId as string)
      .where('product.code', '=', 'AMLO')
      .where('spec.code', '=', 'S10')
      .executeTakeFirstOrThrow();
    ids.product = row.product_id;
    ids.spec = row.id;
    const registration = await call('pharma', 'POST', round('/registrations'), {
      productId: row.product_id,
      specId: row.id,
      approvalNumber: '国药准字H20203456',
      approvalDate: '2020-06-01',
      originator: false,
      consistencyPassedOn: '2021-09-15',
      annualCapacity: 50_000_000,
    });
    expect(registration.status).toBe(201);
    const early = { quantity: 1000, lastYearVolume: 1000 };
    await expectRefused(() => call('hosp-bj1', 'PUT', round('/demand/AMLO'), early), 409, 'INVALID_STATE');
  });

  it('opens the demand window on the clock; hospitals report, one below the floor with a reason', async () => {
    expect(await advanceClockTo('2027-03-02T09:30')).toBe(1);
    expect(await stateOf()).toBe('demand-open');
    const put = (who: string, code: string, json: Json) => call(who, 'PUT', round(`/demand/${code}`), json);
    expect((await put('hosp-bj1', 'AMLO', { quantity: 12_000, lastYearVolume: 11_000 })).status).toBe(201);
    const floor = await expectRefused(
      () => put('hosp-bj2', 'AMLO', { quantity: 5_000, lastYearVolume: 10_000 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(floor.errors.map((e: Json) => e.path)).toEqual(['reason']);
    const reasoned = { quantity: 5_000, lastYearVolume: 10_000, reason: '部分患者转诊至社区医院' };
    expect((await put('hosp-bj2', 'AMLO', reasoned)).status).toBe(201);
    expect((await put('hosp-tj1', 'ATOR', { quantity: 8_000, lastYearVolume: 8_000 })).status).toBe(201);
  });

  it('lets each region review its own hospitals only; a returned report comes back resubmitted', async () => {
    const reports = async (who: string) => (await call(who, 'GET', round('/demand'))).body.items as Json[];
    const bj = await reports('bureau-bj');
    expect(bj.map((r) => r.hospitalName).sort()).toEqual(['北京医院', '北京协和医院']);
    const [tjReport] = await reports('bureau-tj');
    const of = (name: string) => bj.find((r) => r.hospitalName === name) as Json;
    const review = (who: string, id: string, verdict: string, json: Json = {}) =>
      call(who, 'POST', round(`/demand/${id}/${verdict}`), json);
    await expectRefused(() => review('bureau-bj', tjReport?.id, 'approve'), 404, 'NOT_FOUND');
    expect((await review('bureau-bj', of('北京协和医院').id, 'approve')).body.status).toBe('approved');
    const returned = await review('bureau-bj', of('北京医院').id, 'return', { comment: '请附上转诊数据' });
    expect(returned.body).toMatchObject({ status: 'returned', reviewerComment: '请附上转诊数据' });
    expect((await review('bureau-tj', tjReport?.id, 'approve')).body.status).toBe('approved');
    const again = await call('hosp-bj2', 'PUT', round('/demand/AMLO'), {
      quantity: 6_000,
      lastYearVolume: 10_000,
      reason: '部分患者转诊至社区医院，转诊数据已附',
    });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('submitted');
  });

  it('closes the window on the clock: late reports and an early lock are refused', async () => {
    expect(await advanceClockTo('2027-03-09T17:00')).toBe(1);
    expect(await stateOf()).toBe('demand-closed');
    const late = await expectRefused(
      () => call('hosp-tj1', 'PUT', round('/demand/AMLO'), { quantity: 1, lastYearVolume: null }),
      409,
      'DEADLINE_PASSED',
    );
    expect(late.detailEn).toMatch(/closed/);
    const pending = await expectRefused(
      () => call('admin', 'POST', round('/demand/lock')),
      409,
      'INVALID_STATE',
    );
    expect(pending).toMatchObject({ refusal: 'DEMAND_REVIEW_PENDING', pendingDemandReports: 1 });
  });

  it('locks demand once every report is approved, then opens bidding on the clock', async () => {
    const [resubmitted] = (await call('bureau-bj', 'GET', round('/demand?status=submitted'))).body
      .items as Json[];
    const approve = await call('bureau-bj', 'POST', round(`/demand/${resubmitted?.id}/approve`), {});
    expect(approve.body.status).toBe('approved');
    const locked = await call('admin', 'POST', round('/demand/lock'));
    expect(locked.body).toEqual({ roundId: ids.roundId, state: 'demand-locked', events: ['demand-locked'] });
    await expectRefused(() => call('admin', 'POST', round('/demand/lock')), 409, 'INVALID_STATE');
    await expectRefused(
      () => call('bureau-bj', 'POST', round(`/demand/${resubmitted?.id}/return`), { comment: '再核实' }),
      409,
      'INVALID_STATE',
    );
    expect(await advanceClockTo('2027-03-15T08:59')).toBe(0);
    expect(await stateOf()).toBe('demand-locked');

    expect(await advanceClockTo('2027-03-15T09:00')).toBe(1);
    const opened = await call('hosp-bj1', 'GET', round());
    expect(opened.body).toMatchObject({ state: 'bidding-open', productCount: 2 });
    expect(opened.body.calendar.biddingClosesAt).toBe('2027-03-22T10:00:00+08:00');
    const late = {
      productId: ids.product,
      specId: ids.spec,
      approvalNumber: '国药准字H20207777',
      approvalDate: '2020-01-01',
      originator: false,
      consistencyPassedOn: null,
      annualCapacity: null,
    };
    await expectRefused(() => call('pharma', 'POST', round('/registrations'), late), 409, 'INVALID_STATE');
    expect(await sweepDueRounds(t.db)).toBe(0);
  });

  it('leaves the whole life in the round’s audit chain, in order', async () => {
    const events = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_user_id'])
      .where('stream', '=', `round:${ids.roundId}`)
      .orderBy('seq')
      .execute();
    const rounds = events.filter((e) => e.action.startsWith('round.')).map((e) => e.action);
    expect(rounds).toEqual([
      'round.created',
      'round.calendar-set',
      'round.ruleset-frozen',
      'round.published',
      'round.demand-opened',
      'round.demand-closed',
      'round.demand-locked',
      'round.bidding-opened',
    ]);
    const timed = events.filter((e) => /opened|closed/.test(e.action));
    expect(timed.every((e) => e.actor_user_id === null)).toBe(true);
    expect(events.filter((e) => e.action.startsWith('demand.')).length).toBe(8);
  });
});
