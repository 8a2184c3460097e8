import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPlatformClock } from './test-support/platform-clock.js';
import { sweepDueRounds } from './scheduler/round-scheduler.js';
import { createOrgUser, ensureRegion, makeUscc, PASSWORD } from './test-support/fixtures.js';
import type { components } from './client/api-client.js';
import { ok } from './test-support/api-client.js';
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

type Schemas = components['schemas'];
const as = (login: string) => api.as(login);
const expectRefused = (...args: Parameters<typeof api.expectRefused>) => api.expectRefused(...args);
const advanceClockTo = (text: string) => api.advanceClockTo(text);
/** The path parameters of the round's operations (with more path parameters beside roundId). */
const round = <P extends object>(more: P = {} as P) => ({
  params: { path: { roundId: ids.roundId as string, ...more } },
});
const stateOf = async () => (await ok(as('admin').GET('/rounds/{roundId}', round()))).state;
const product = (code: string, name: string): Schemas['ProductRequest'] => ({
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

const putDemand = (who: string, productCode: string, body: Schemas['DemandReportRequest']) =>
  as(who).PUT('/rounds/{roundId}/demand/{productCode}', { ...round({ productCode }), body });
const lockDemand = () => as('admin').POST('/rounds/{roundId}/demand/lock', round());

describe('a round from creation to bidding open, through the API', () => {
  it('the office registers the alliance’s organisations and their users', async () => {
    const orgs: [string, Schemas['CreateOrganisationRequest']][] = [
      ['bureau-bj', { kind: 'region-bureau', name: '北京市医疗保障局', regionCode: 'BJ' }],
      ['bureau-tj', { kind: 'region-bureau', name: '天津市医疗保障局', regionCode: 'TJ' }],
      ['hosp-bj1', { kind: 'hospital', name: '北京协和医院', uscc: makeUscc(), regionCode: 'BJ' }],
      ['hosp-bj2', { kind: 'hospital', name: '北京医院', uscc: makeUscc(), regionCode: 'BJ' }],
      ['hosp-tj1', { kind: 'hospital', name: '天津医科大学总医院', uscc: makeUscc(), regionCode: 'TJ' }],
      ['pharma', { kind: 'company', name: '京华康泰制药有限公司', uscc: makeUscc() }],
    ];
    const roles: Record<string, Schemas['CreateUserRequest']['roles'][number]> = {
      'bureau-bj': 'region-bureau-user',
      'bureau-tj': 'region-bureau-user',
      pharma: 'company-user',
    };
    for (const [login, body] of orgs) {
      const org = await ok(as('admin').POST('/organisations', { body }), 201);
      const role = roles[login] ?? 'hospital-user';
      const user = { login, displayName: body.name, password: USER_PASSWORD, roles: [role] };
      await ok(
        as('admin').POST('/organisations/{id}/users', { params: { path: { id: org.id } }, body: user }),
        201,
      );
      await api.signIn(login, USER_PASSWORD);
    }
    const bad = await as('admin').POST('/organisations', {
      body: { kind: 'hospital', name: 'x', uscc: '123' },
    });
    expect(bad.error?.code).toBe('VALIDATION_FAILED');
  });

  it('creates a draft round with its catalogue and calendar, and publishes it once', async () => {
    const body = {
      code: 'LIFE-2027-1',
      name: '第十二批国家组织药品集采',
      regionCodes: ['BJ', 'TJ'],
      ruleset: 'nvbp-7',
    };
    const created = await ok(as('admin').POST('/rounds', { body }), 201);
    expect(created).toMatchObject({ state: 'draft', rulesetName: 'nvbp-7' });
    ids.roundId = created.id;
    const publish = () => as('admin').POST('/rounds/{roundId}/publish', round());
    await expectRefused(publish, 409, 'INVALID_STATE');
    const addProduct = (code: string, name: string) =>
      as('admin').POST('/rounds/{roundId}/products', { ...round(), body: product(code, name) });
    for (const [code, name] of [
      ['AMLO', '氨氯地平片'],
      ['ATOR', '阿托伐他汀钙片'],
    ] as const) {
      await ok(addProduct(code, name), 201);
    }
    const calendar = {
      demandOpensAt: '2027-03-02T09:00',
      demandClosesAt: '2027-03-09T17:00',
      biddingOpensAt: '2027-03-15T09:00',
      biddingClosesAt: '2027-03-22T10:00',
      openingAt: '2027-03-22T10:30',
      objectionWorkingDays: 3,
    };
    await ok(as('admin').PUT('/rounds/{roundId}/calendar', { ...round(), body: calendar }));
    const published = await ok(publish());
    expect(published).toMatchObject({ state: 'published', rulesetFrozen: { name: 'nvbp-7' } });
    const twice = await expectRefused(publish, 409, 'INVALID_STATE');
    expect(twice.refusal).toBe('NOT_IN_DRAFT');
    const more = () => addProduct('VALS', '缬沙坦胶囊');
    expect((await expectRefused(more, 409, 'INVALID_STATE')).state).toBe('published');
  });

  it('lets a company register its product before bidding, and hospitals wait for the window', async () => {
    const catalogue = (await ok(as('pharma').GET('/rounds/{roundId}/products', round()))).items;
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
    const registration = {
      productId: row.product_id,
      specId: row.id,
      approvalNumber: '国药准字H20203456',
      approvalDate: '2020-06-01',
      originator: false,
      consistencyPassedOn: '2021-09-15',
      annualCapacity: 50_000_000,
    };
    await ok(as('pharma').POST('/rounds/{roundId}/registrations', { ...round(), body: registration }), 201);
    const early = { quantity: 1000, lastYearVolume: 1000 };
    await expectRefused(() => putDemand('hosp-bj1', 'AMLO', early), 409, 'INVALID_STATE');
  });

  it('opens the demand window on the clock; hospitals report, one below the floor with a reason', async () => {
    expect(await advanceClockTo('2027-03-02T09:30')).toBe(1);
    expect(await stateOf()).toBe('demand-open');
    const put = putDemand;
    await ok(put('hosp-bj1', 'AMLO', { quantity: 12_000, lastYearVolume: 11_000 }), 201);
    const floor = await expectRefused(
      () => put('hosp-bj2', 'AMLO', { quantity: 5_000, lastYearVolume: 10_000 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(floor.errors.map((e) => e.path)).toEqual(['reason']);
    const reasoned = { quantity: 5_000, lastYearVolume: 10_000, reason: '部分患者转诊至社区医院' };
    await ok(put('hosp-bj2', 'AMLO', reasoned), 201);
    await ok(put('hosp-tj1', 'ATOR', { quantity: 8_000, lastYearVolume: 8_000 }), 201);
  });

  it('lets each region review its own hospitals only; a returned report comes back resubmitted', async () => {
    const reports = async (who: string) =>
      (
        await ok(
          as(who).GET('/rounds/{roundId}/demand', { params: { path: round().params.path, query: {} } }),
        )
      ).items;
    const bj = await reports('bureau-bj');
    expect(bj.map((r) => r.hospitalName).sort()).toEqual(['北京医院', '北京协和医院']);
    const [tjReport] = await reports('bureau-tj');
    const of = (name: string) => bj.find((r) => r.hospitalName === name)?.id as string;
    const approve = (who: string, reportId: string) =>
      as(who).POST('/rounds/{roundId}/demand/{reportId}/approve', { ...round({ reportId }), body: {} });
    await expectRefused(() => approve('bureau-bj', tjReport?.id as string), 404, 'NOT_FOUND');
    expect((await ok(approve('bureau-bj', of('北京协和医院')))).status).toBe('approved');
    const returned = await ok(
      as('bureau-bj').POST('/rounds/{roundId}/demand/{reportId}/return', {
        ...round({ reportId: of('北京医院') }),
        body: { comment: '请附上转诊数据' },
      }),
    );
    expect(returned).toMatchObject({ status: 'returned', reviewerComment: '请附上转诊数据' });
    expect((await ok(approve('bureau-tj', tjReport?.id as string))).status).toBe('approved');
    const again = await ok(
      putDemand('hosp-bj2', 'AMLO', {
        quantity: 6_000,
        lastYearVolume: 10_000,
        reason: '部分患者转诊至社区医院，转诊数据已附',
      }),
    );
    expect(again.status).toBe('submitted');
  });

  it('closes the window on the clock: late reports and an early lock are refused', async () => {
    expect(await advanceClockTo('2027-03-09T17:00')).toBe(1);
    expect(await stateOf()).toBe('demand-closed');
    const late = await expectRefused(
      () => putDemand('hosp-tj1', 'AMLO', { quantity: 1, lastYearVolume: null }),
      409,
      'DEADLINE_PASSED',
    );
    expect(late.detailEn).toMatch(/closed/);
    const pending = await expectRefused(lockDemand, 409, 'INVALID_STATE');
    expect(pending).toMatchObject({ refusal: 'DEMAND_REVIEW_PENDING', pendingDemandReports: 1 });
  });

  it('locks demand once every report is approved, then opens bidding on the clock', async () => {
    const submitted = { params: { path: round().params.path, query: { status: 'submitted' as const } } };
    const [resubmitted] = (await ok(as('bureau-bj').GET('/rounds/{roundId}/demand', submitted))).items;
    const reportId = resubmitted?.id as string;
    const approve = await ok(
      as('bureau-bj').POST('/rounds/{roundId}/demand/{reportId}/approve', {
        ...round({ reportId }),
        body: {},
      }),
    );
    expect(approve.status).toBe('approved');
    const locked = await ok(lockDemand());
    expect(locked).toEqual({ roundId: ids.roundId, state: 'demand-locked', events: ['demand-locked'] });
    await expectRefused(lockDemand, 409, 'INVALID_STATE');
    await expectRefused(
      () =>
        as('bureau-bj').POST('/rounds/{roundId}/demand/{reportId}/return', {
          ...round({ reportId }),
          body: { comment: '再核实' },
        }),
      409,
      'INVALID_STATE',
    );
    expect(await advanceClockTo('2027-03-15T08:59')).toBe(0);
    expect(await stateOf()).toBe('demand-locked');

    expect(await advanceClockTo('2027-03-15T09:00')).toBe(1);
    const opened = await ok(as('hosp-bj1').GET('/rounds/{roundId}', round()));
    expect(opened).toMatchObject({ state: 'bidding-open', productCount: 2 });
    expect(opened.calendar?.biddingClosesAt).toBe('2027-03-22T10:00:00+08:00');
    const late = {
      productId: ids.product as string,
      specId: ids.spec as string,
      approvalNumber: '国药准字H20207777',
      approvalDate: '2020-01-01',
      originator: false,
      consistencyPassedOn: null,
      annualCapacity: null,
    };
    const register = () => as('pharma').POST('/rounds/{roundId}/registrations', { ...round(), body: late });
    await expectRefused(register, 409, 'INVALID_STATE');
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
