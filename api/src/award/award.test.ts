import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluate } from '../cli/run-evaluate.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import {
  at,
  createClosedRound,
  createWorld,
  DEFAULT_DEMAND,
  openRound,
  type World,
} from '../test-support/award-fixtures.js';
import type { components } from '../client/api-client.js';
import { ok, refused } from '../test-support/api-client.js';
import { client, clientAs, expectProblem, roundPath, roundState } from '../test-support/award-client.js';

let t: TestContext;
let world: World;
// deliberately invalid bodies go by hand: the typed client would not send them
let call: ReturnType<typeof client>;
let as: ReturnType<typeof clientAs>;
let roundId: string;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-award-'));

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  call = client(t, world);
  as = clientAs(t, world);
  // nvbp-7: A 0.2000, B 0.3200 and C 0.5000 (75 % below its ceiling) win; D is not shortlisted
  ({ roundId } = await createClosedRound(t, world, {
    ruleset: 'nvbp-7',
    bids: [
      { login: 'comp-a', packPrice: '2.80' },
      { login: 'comp-b', packPrice: '4.48' },
      { login: 'comp-c', packPrice: '7.00' },
      { login: 'comp-d', packPrice: '8.40' },
    ],
    demand: DEFAULT_DEMAND,
  }));
  await openRound(t, world, roundId);
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

type Objection = components['schemas']['ObjectionRequest'];
type Answer = components['schemas']['ObjectionAnswer'];
const objection: Objection = {
  type: 'eligibility',
  productCode: 'P1',
  statement: 'B 的信用评价为严重失信，应取消资格',
};
const objectionsOf = async (login: 'comp-a' | 'comp-d' | 'office1' | 'audit1') =>
  (await ok(as(login).GET('/rounds/{roundId}/objections', { params: { path: { roundId }, query: {} } })))
    .items;
const file = (login: 'comp-a' | 'comp-d', body: Objection) =>
  as(login).POST('/rounds/{roundId}/objections', { ...roundPath(roundId), body });
const answer = (id: string, body: Answer) =>
  as('office1').POST('/rounds/{roundId}/objections/{id}/answer', { ...roundPath(roundId, { id }), body });
const award = (login: 'office1') => as(login).POST('/rounds/{roundId}/award', roundPath(roundId));
const latestRecord = async () => ok(as(null).GET('/rounds/{roundId}/evaluation', roundPath(roundId)));

describe('proposed winners (拟中选公示) and the objection period', () => {
  it('takes no objection before the proposed winners are published', async () => {
    await refused(file('comp-d', objection), 409, 'DEADLINE_PASSED');
  });

  it('publishes; the period ends at 17:00 on the third working day', async () => {
    const publish = (login: 'comp-a' | 'office1') =>
      as(login).POST('/rounds/{roundId}/proposed/publish', roundPath(roundId));
    await refused(publish('comp-a'), 403, 'FORBIDDEN');
    const published = await ok(publish('office1'));
    // Monday 1 March 2027 + 3 working days
    expect(published.objectionEndsAt).toBe('2027-03-04T17:00:00+08:00');
    expect(await roundState(t, roundId)).toBe('objection-period');
  });

  it('takes typed objections from companies; each sees its own, the office and auditors all', async () => {
    const filed = await ok(file('comp-d', objection), 201);
    expect(filed).toMatchObject({
      status: 'open',
      type: 'eligibility',
      companyId: world['comp-d'].organisationId,
    });
    await ok(
      file('comp-a', { type: 'price-calculation', productCode: 'P1', statement: '价格计算有误' }),
      201,
    );
    expectProblem(
      await call('comp-a', 'POST', `${roundId}/objections`, { ...objection, type: 'mood' }),
      400,
      'VALIDATION_FAILED',
    );
    await refused(file('comp-a', { ...objection, productCode: 'P9' }), 400, 'VALIDATION_FAILED');
    expect((await objectionsOf('comp-d')).map((o) => o.type)).toEqual(['eligibility']);
    expect((await objectionsOf('comp-a')).map((o) => o.type)).toEqual(['price-calculation']);
    expect(await objectionsOf('office1')).toHaveLength(2);
    expect(await objectionsOf('audit1')).toHaveLength(2);
    const hospital = await as('hosp-bj').GET('/rounds/{roundId}/objections', {
      params: { path: { roundId }, query: {} },
    });
    expect(hospital.response.status).toBe(403);
  });

  it('refuses the award while the period runs and objections are open', async () => {
    const problem = await refused(award('office1'), 409, 'INVALID_STATE');
    expect(problem.refusal).toBe('OBJECTION_PERIOD_RUNNING');
  });

  it('an upheld objection re-runs the evaluation with the correction and republishes', async () => {
    const [filed] = await objectionsOf('comp-d');
    const id = filed?.id as string;
    const correction = {
      bidCompanyId: world['comp-b'].organisationId,
      productCode: 'P1',
      field: 'creditRank' as const,
      value: 3,
    };
    const wrong = answer(id, {
      decision: 'upheld',
      answer: '经核实',
      correction: { ...correction, bidCompanyId: world['comp-e'].organisationId },
    });
    await refused(wrong, 400, 'VALIDATION_FAILED');
    const upheld = await ok(
      answer(id, { decision: 'upheld', answer: '经核实，B 企业信用评级为严重失信', correction }),
    );
    expect(upheld).toMatchObject({ status: 'upheld', correction });
    expect(await latestRecord()).toMatchObject({ seq: 2, reason: 'objection' });

    // the exact stored bytes: read as text
    const bytes = { params: { path: { roundId }, query: {} }, parseAs: 'text' } as const;
    const inputText = await ok(as(null).GET('/rounds/{roundId}/evaluation/input.json', bytes));
    const outputText = await ok(as(null).GET('/rounds/{roundId}/evaluation/output.json', bytes));
    const input = { text: inputText, body: JSON.parse(inputText) };
    const output = { text: outputText, body: JSON.parse(outputText) };
    const b = input.body.bids.find((x: any) => x.companyId === world['comp-b'].organisationId);
    expect(b.company.creditRank).toBe(3);
    const bResult = output.body.products[0].bids.find((x: any) => x.companyId === b.companyId);
    expect(bResult).toMatchObject({ outcome: 'invalid', reasons: ['CREDIT_EXCLUDED'] });
    // the republished input still reproduces its output
    const file = path.join(tmp, 'corrected.json');
    writeFileSync(file, input.text, 'utf8');
    expect(runEvaluate([file], (p) => readFileSync(p, 'utf8')).stdout).toBe(output.text);
    expect(await roundState(t, roundId)).toBe('objection-period');
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('stream', '=', `round:${roundId}`)
      .execute();
    expect(audit.map((a) => a.action)).toContain('round.result-corrected');
  });

  it('a rejected objection is answered without a new record; answers are final', async () => {
    const [, other] = await objectionsOf('office1');
    const id = other?.id as string;
    const rejected = await ok(answer(id, { decision: 'rejected', answer: '计算无误' }));
    expect(rejected).toMatchObject({ status: 'rejected', answer: '计算无误', correction: null });
    expect((await latestRecord()).seq).toBe(2);
    await refused(answer(id, { decision: 'rejected', answer: '再次' }), 409, 'CONFLICT');
  });

  it('filters the inbox by status on the server: open, answered, upheld, rejected', async () => {
    const byStatus = async (status: 'open' | 'answered' | 'upheld' | 'rejected') =>
      (
        await ok(
          as('office1').GET('/rounds/{roundId}/objections', {
            params: { path: { roundId }, query: { status } },
          }),
        )
      ).items.map((o) => o.status);
    expect(await byStatus('answered')).toEqual(['upheld', 'rejected']);
    expect(await byStatus('upheld')).toEqual(['upheld']);
    expect(await byStatus('rejected')).toEqual(['rejected']);
    expect(await byStatus('open')).toEqual([]);
  });

  it('fixes the award only once the objection period has ended on the database clock', async () => {
    await setPlatformClock(t.db, at('2027-03-04', '16:59'));
    const early = await refused(award('office1'), 409, 'INVALID_STATE');
    expect(early.refusal).toBe('OBJECTION_PERIOD_RUNNING');
    await setPlatformClock(t.db, at('2027-03-04', '17:00'));
    await refused(file('comp-a', objection), 409, 'DEADLINE_PASSED');
    expect((await ok(award('office1'))).state).toBe('awarded');
  });
});
