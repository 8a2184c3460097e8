import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyReceipt, type BidReceipt } from './bids/bid-receipt.js';
import { runEvaluate } from './cli/run-evaluate.js';
import { setPlatformClock } from './test-support/platform-clock.js';
import { createOrgUser, ensureRegion, makeUscc, PASSWORD } from './test-support/fixtures.js';
import type { components } from './client/api-client.js';
import { ok } from './test-support/api-client.js';
import { fullRoundClient } from './test-support/full-round-client.js';
import { shanghai } from './test-support/lifecycle-client.js';
import { createTestContext, type TestContext } from './test-support/test-context.js';

// One full round, from publication to stored agreed volumes, through the HTTP API on real PostgreSQL,
// the rehearsal clock moved on and the scheduler's sweep (every timed step) run as the server would.
// Only the first office admin and the regions exist beforehand: neither has an API.
// The journey is one test of labelled steps: each step takes what it needs from the steps before it
// as arguments, and a failure names the step that broke and stops there.

type Json = Record<string, any>;
let t: TestContext;
let tmp: string;
let officeOrgId: string;
let api: ReturnType<typeof fullRoundClient>;
const PASS = 'full-round-pass-2027';

beforeAll(async () => {
  // the rehearsal clock runs four weeks on: sessions must outlive it (720 hours is the configured maximum)
  t = await createTestContext({ SESSION_HOURS: '720' });
  api = fullRoundClient(t);
  tmp = mkdtempSync(path.join(tmpdir(), 'jicai-full-round-'));
  await ensureRegion(t.db, 'BJ', '北京市');
  await ensureRegion(t.db, 'TJ', '天津市');
  officeOrgId = (await createOrgUser(t.db, 'office', ['office-admin'], 'admin')).organisationId;
  await setPlatformClock(t.db, shanghai('2027-03-01T10:00'));
  await api.signIn('admin', PASSWORD);
});
afterAll(async () => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  await t?.close();
});

const signIn = (login: string) => api.signIn(login, PASS);
const as = (login: string | null) => api.as(login);
const advanceClockTo = (text: string) => api.advanceClockTo(text);

/** The path parameters of a round's operations. */
const round = (roundId: string) => ({ params: { path: { roundId } } });
const stateOf = async (roundId: string) =>
  (await ok(as('admin').GET('/rounds/{roundId}', round(roundId)))).state;

/**
 * Runs one step of the journey. A failure is reported with the step's name, and the steps after it
 * do not run: a broken step shows once, not as confusing failures of the steps that needed it.
 */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `step «${name}» broke: ${error.message}`;
    throw error;
  }
}

const BUREAUS = [
  ['bureau-bj', '北京市医疗保障局', 'BJ'],
  ['bureau-tj', '天津市医疗保障局', 'TJ'],
] as const;
const HOSPITALS = [
  ['hosp-bj1', '北京协和医院', 'BJ', 12_000],
  ['hosp-bj2', '北京医院', 'BJ', 6_000],
  ['hosp-tj1', '天津医科大学总医院', 'TJ', 8_000],
] as const;
// nvbp-7 on S10 (28 per pack, ceiling 1.2000 a unit): A 0.2000 and B 0.3200 win, C at 0.9000 does not
const COMPANIES = [
  ['comp-a', '京华康泰制药有限公司', '5.60', 1],
  ['comp-b', '津门药业股份有限公司', '8.96', 2],
  ['comp-c', '燕山医药集团有限公司', '25.20', 3],
] as const;

/** Who the office registered: organisation and user ids by login, each signed in. */
interface Participants {
  readonly orgs: ReadonlyMap<string, string>;
  readonly users: ReadonlyMap<string, string>;
}

async function registerParticipants(): Promise<Participants> {
  const orgs = new Map<string, string>();
  const users = new Map<string, string>();
  type Role = components['schemas']['CreateUserRequest']['roles'][number];
  const addUser = async (orgId: string, login: string, name: string, role: Role) => {
    const body = { login, displayName: name, password: PASS, roles: [role] };
    const params = { path: { id: orgId } };
    const user = await ok(as('admin').POST('/organisations/{id}/users', { params, body }), 201);
    users.set(login, user.id);
    await signIn(login);
  };
  const create = async (
    login: string,
    body: components['schemas']['CreateOrganisationRequest'],
    role: Role,
  ) => {
    const org = await ok(as('admin').POST('/organisations', { body }), 201);
    orgs.set(login, org.id);
    await addUser(org.id, login, body.name, role);
  };
  for (const [login, name, regionCode] of BUREAUS)
    await create(login, { kind: 'region-bureau', name, regionCode }, 'region-bureau-user');
  for (const [login, name, region] of HOSPITALS)
    await create(login, { kind: 'hospital', name, uscc: makeUscc(), regionCode: region }, 'hospital-user');
  for (const [login, name, , seq] of COMPANIES) {
    await create(login, { kind: 'company', name, uscc: makeUscc() }, 'company-user');
    const facts = {
      creditRank: 0,
      regionsSuppliedLastYear: 10 + seq,
      salesVolume: 1_000_000 * seq,
      affiliateGroup: null,
      onViolationList: false,
      violationUntil: null,
      qualityFailureOn: null,
    };
    const params = { path: { companyId: orgs.get(login) as string } };
    await ok(as('admin').PUT('/companies/{companyId}/facts', { params, body: facts }));
  }
  for (const login of ['official-1', 'official-2'])
    await addUser(officeOrgId, login, `开标官 ${login}`, 'office-official');
  return { orgs, users };
}

/** The round's id. */
async function createAndPublishRound(): Promise<string> {
  const created = await ok(
    as('admin').POST('/rounds', {
      body: {
        code: 'FULL-2027-1',
        name: '第十二批国家组织药品集采',
        regionCodes: ['BJ', 'TJ'],
        ruleset: 'nvbp-7',
      },
    }),
    201,
  );
  const roundId = created.id;
  await ok(
    as('admin').POST('/rounds/{roundId}/products', {
      ...round(roundId),
      body: {
        code: 'AMLO',
        name: '氨氯地平片',
        form: 'oral-solid',
        volumeClass: 'general',
        strengthUnit: 'mg',
        representativeSpecCode: 'S10',
        specs: [
          { code: 'S10', strength: '10', unitsPerPack: 28, ceiling: '1.2000' },
          { code: 'S20', strength: '20', unitsPerPack: 28, ceiling: '2.0400' },
        ],
      },
    }),
    201,
  );
  const calendar = {
    demandOpensAt: '2027-03-02T09:00',
    demandClosesAt: '2027-03-09T17:00',
    biddingOpensAt: '2027-03-15T09:00',
    biddingClosesAt: '2027-03-22T10:00',
    openingAt: '2027-03-22T10:30',
    objectionWorkingDays: 3,
  };
  await ok(as('admin').PUT('/rounds/{roundId}/calendar', { ...round(roundId), body: calendar }));
  const settings = { revivalWindowHours: 24, regionTurnMinutes: 30 };
  await ok(as('admin').PUT('/rounds/{roundId}/award-settings', { ...round(roundId), body: settings }));
  const published = await ok(as('admin').POST('/rounds/{roundId}/publish', round(roundId)));
  expect(published).toMatchObject({ state: 'published' });
  return roundId;
}

async function registerSpecs(roundId: string): Promise<void> {
  // the catalogue view carries codes, registrations take ids: read them from the tables
  const row = await t.db
    .selectFrom('spec')
    .innerJoin('product', 'product.id', 'spec.product_id')
    .select(['spec.id', 'spec.product_id'])
    .where('product.round_id', '=', roundId)
    .where('spec.code', '=', 'S10')
    .executeTakeFirstOrThrow();
  for (const [login, , , seq] of COMPANIES) {
    const registration = {
      productId: row.product_id,
      specId: row.id,
      approvalNumber: `国药准字H2020345${seq}`,
      approvalDate: '2020-06-01',
      originator: false,
      consistencyPassedOn: '2021-09-15',
      annualCapacity: 50_000_000,
    };
    await ok(
      as(login).POST('/rounds/{roundId}/registrations', { ...round(roundId), body: registration }),
      201,
    );
  }
}

async function reportAndApproveDemand(roundId: string): Promise<void> {
  expect(await advanceClockTo('2027-03-02T09:30')).toBe(1);
  expect(await stateOf(roundId)).toBe('demand-open');
  for (const [login, , , quantity] of HOSPITALS) {
    const params = { path: { roundId, productCode: 'AMLO' } };
    const body = { quantity, lastYearVolume: quantity };
    await ok(as(login).PUT('/rounds/{roundId}/demand/{productCode}', { params, body }), 201);
  }
  for (const [bureau] of BUREAUS) {
    const reports = (await ok(as(bureau).GET('/rounds/{roundId}/demand', round(roundId)))).items;
    expect(reports.length).toBe(bureau === 'bureau-bj' ? 2 : 1);
    for (const r of reports) {
      const params = { path: { roundId, reportId: r.id } };
      const approved = await ok(
        as(bureau).POST('/rounds/{roundId}/demand/{reportId}/approve', { params, body: {} }),
      );
      expect(approved.status).toBe('approved');
    }
  }
  expect(await advanceClockTo('2027-03-09T17:00')).toBe(1);
  expect(await stateOf(roundId)).toBe('demand-closed');
}

async function holdCeremonyAndOpenBidding(roundId: string, { users }: Participants): Promise<void> {
  const officialUserIds = ['official-1', 'official-2'].map((l) => users.get(l) as string);
  const body = { officialUserIds, k: 2 };
  const ceremony = await ok(
    as('admin').POST('/rounds/{roundId}/key-ceremony', { ...round(roundId), body }),
    201,
  );
  expect(ceremony).toMatchObject({ k: 2, n: 2 });
  expect((await ok(as('admin').POST('/rounds/{roundId}/demand/lock', round(roundId)))).state).toBe(
    'demand-locked',
  );
  expect(await advanceClockTo('2027-03-15T09:00')).toBe(1);
  expect(await stateOf(roundId)).toBe('bidding-open');
}

async function bidUntilTheDeadline(roundId: string, { orgs }: Participants): Promise<void> {
  for (const [login, , packPrice] of COMPANIES) {
    const params = { path: { roundId, productCode: 'AMLO' }, header: { 'idempotency-key': randomUUID() } };
    const body = { specCode: 'S10', packPrice };
    const receipt = (await ok(
      as(login).PUT('/rounds/{roundId}/bids/{productCode}', { params, body }),
    )) as BidReceipt;
    expect(receipt).toMatchObject({ kind: 'bid', roundId, productCode: 'AMLO', companyId: orgs.get(login) });
    expect(verifyReceipt(t.deps.signer, receipt)).toBe(true);
    expect(verifyReceipt(t.deps.signer, { ...receipt, revision: receipt.revision + 1 })).toBe(false);
  }
  expect(await advanceClockTo('2027-03-22T09:59')).toBe(0);
  expect(await advanceClockTo('2027-03-22T10:00')).toBe(1);
  expect(await stateOf(roundId)).toBe('bidding-closed');
}

async function openTheBids(roundId: string): Promise<void> {
  await advanceClockTo('2027-03-22T10:30');
  const shares: string[] = [];
  for (const login of ['official-1', 'official-2']) {
    const body = { confirm: true } as const;
    shares.push(
      (await ok(as(login).POST('/rounds/{roundId}/key-ceremony/my-share', { ...round(roundId), body })))
        .share,
    );
  }
  const hand = (login: string, share: string) =>
    as(login).POST('/rounds/{roundId}/opening/shares', { ...round(roundId), body: { share } });
  const first = await ok(hand('official-1', shares[0] as string), 202);
  expect(first).toMatchObject({ status: 'waiting', held: 1, k: 2, needed: 1 });
  const second = await ok(hand('official-2', shares[1] as string));
  expect(second).toMatchObject({ status: 'opened', opened: 3, tampered: [] });
  if ((await stateOf(roundId)) === 'revival-window')
    await ok(as('admin').POST('/rounds/{roundId}/revival/close', round(roundId)));
  expect(await stateOf(roundId)).toBe('evaluated');
}

/** The published evaluation output, once `./jicai evaluate` reproduced it. */
async function reproduceTheEvaluation(roundId: string, { orgs }: Participants): Promise<Json> {
  // the exact stored bytes: read as text, not parsed
  const bytes = { ...round(roundId), parseAs: 'text' } as const;
  const input = (await ok(
    as(null).GET('/rounds/{roundId}/evaluation/input.json', bytes),
  )) as unknown as string;
  const text = (await ok(
    as(null).GET('/rounds/{roundId}/evaluation/output.json', bytes),
  )) as unknown as string;
  const file = path.join(tmp, 'round.json');
  writeFileSync(file, input, 'utf8');
  const run = runEvaluate([file], (p) => readFileSync(p, 'utf8'));
  expect([run.exitCode, run.stderr]).toEqual([0, '']);
  expect(run.stdout).toBe(text);
  const published = JSON.parse(text) as Json;
  const [amlo] = published.products;
  expect(amlo.status).toBe('awarded');
  const winners = amlo.bids.filter((b: Json) => b.outcome === 'winner').map((b: Json) => b.companyId);
  expect(new Set(winners)).toEqual(new Set([orgs.get('comp-a'), orgs.get('comp-b')]));
  expect(amlo.agreedVolume).toBeGreaterThan(0);
  return published;
}

async function awardAndAgreeVolumes(roundId: string, { orgs }: Participants): Promise<void> {
  const proposed = await ok(as('admin').POST('/rounds/{roundId}/proposed/publish', round(roundId)));
  expect(await stateOf(roundId)).toBe('objection-period');
  expect(proposed.objectionEndsAt).toBe('2027-03-25T17:00:00+08:00');
  await setPlatformClock(t.db, shanghai('2027-03-26T09:00'));
  await ok(as('admin').POST('/rounds/{roundId}/award', round(roundId)));
  await ok(as('admin').POST('/rounds/{roundId}/region-selection/start', round(roundId)));
  expect(await stateOf(roundId)).toBe('region-selection');
  // the first winner picks; every later turn times out and the scheduler takes the default pick
  const [entry] = (await ok(as(null).GET('/rounds/{roundId}/region-selection', round(roundId)))).entries;
  const turn = entry?.currentTurn;
  if (!turn) throw new Error('no current turn in region selection');
  const picker = [...orgs].find(([, id]) => id === turn.companyId)?.[0] as string;
  const pick = { productCode: 'AMLO', regionId: turn.allowedRegions[0] as string };
  await ok(as(picker).POST('/rounds/{roundId}/region-selection/picks', { ...round(roundId), body: pick }));
  expect(await advanceClockTo('2027-03-27T09:00')).toBeGreaterThan(0);
  expect(await stateOf(roundId)).toBe('volumes-agreed');
}

async function checkAgreedVolumes(roundId: string, { orgs }: Participants, output: Json): Promise<void> {
  const agreedVolumes = (login: string) =>
    as(login).GET('/rounds/{roundId}/agreed-volumes', { params: { path: { roundId }, query: {} } });
  const volumes = (await ok(agreedVolumes('admin'))).items;
  const sum = (rows: { agreedVolume: string | number }[]) =>
    rows.reduce((n, r) => n + BigInt(r.agreedVolume), 0n);
  const published = output.products.flatMap((p: Json) => p.allocations as Json[]);
  expect(sum(volumes)).toBe(sum(published));
  expect(sum(volumes)).toBe(BigInt(output.products[0].agreedVolume));
  for (const [login] of HOSPITALS) {
    const own = (await ok(agreedVolumes(login))).items;
    const expected = volumes.filter((v) => v.hospitalId === orgs.get(login));
    expect(own.length).toBeGreaterThan(0);
    expect(own).toEqual(expected);
  }
}

describe('a full round, from publication to stored agreed volumes, through the API', () => {
  it('runs the journey step by step; a failure names the step that broke', async () => {
    const people = await step('1 register bureaus, hospitals, companies and officials', registerParticipants);
    const roundId = await step('2 create, schedule and publish the round', createAndPublishRound);
    await step('3 companies register their spec', () => registerSpecs(roundId));
    await step('4 hospitals report demand, bureaus approve', () => reportAndApproveDemand(roundId));
    await step('5 key ceremony, demand lock, bidding', () => holdCeremonyAndOpenBidding(roundId, people));
    await step('6 bids until the deadline', () => bidUntilTheDeadline(roundId, people));
    await step('7 the officials open the bids', () => openTheBids(roundId));
    const output = await step('8 ./jicai evaluate reproduces', () => reproduceTheEvaluation(roundId, people));
    await step('9 award and agree volumes', () => awardAndAgreeVolumes(roundId, people));
    await step('10 agreed volumes match the allocations', () => checkAgreedVolumes(roundId, people, output));
  }, 120_000);
});
