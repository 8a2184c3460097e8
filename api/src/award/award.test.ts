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
import { client, expectProblem, roundState } from '../test-support/award-client.js';

let t: TestContext;
let world: World;
let call: ReturnType<typeof client>;
let roundId: string;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-award-'));

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  call = client(t, world);
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

const objection = { type: 'eligibility', productCode: 'P1', statement: 'B 的信用评价为严重失信，应取消资格' };
const objectionsOf = async (login: 'comp-a' | 'comp-d' | 'office1' | 'audit1') =>
  (await call(login, 'GET', `${roundId}/objections`)).body.items as any[];

describe('proposed winners (拟中选公示) and the objection period', () => {
  it('takes no objection before the proposed winners are published', async () => {
    expectProblem(await call('comp-d', 'POST', `${roundId}/objections`, objection), 409, 'DEADLINE_PASSED');
  });

  it('publishes; the period ends at 17:00 on the third working day', async () => {
    expectProblem(await call('comp-a', 'POST', `${roundId}/proposed/publish`), 403, 'FORBIDDEN');
    const res = await call('office1', 'POST', `${roundId}/proposed/publish`);
    expect(res.status).toBe(200);
    // Monday 1 March 2027 + 3 working days
    expect(res.body.objectionEndsAt).toBe('2027-03-04T17:00:00+08:00');
    expect(await roundState(t, roundId)).toBe('objection-period');
  });

  it('takes typed objections from companies; each sees its own, the office and auditors all', async () => {
    const filed = await call('comp-d', 'POST', `${roundId}/objections`, objection);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      status: 'open',
      type: 'eligibility',
      companyId: world['comp-d'].organisationId,
    });
    const other = await call('comp-a', 'POST', `${roundId}/objections`, {
      type: 'price-calculation',
      productCode: 'P1',
      statement: '价格计算有误',
    });
    expect(other.status).toBe(201);
    expectProblem(
      await call('comp-a', 'POST', `${roundId}/objections`, { ...objection, type: 'mood' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await call('comp-a', 'POST', `${roundId}/objections`, { ...objection, productCode: 'P9' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await objectionsOf('comp-d')).map((o) => o.type)).toEqual(['eligibility']);
    expect((await objectionsOf('comp-a')).map((o) => o.type)).toEqual(['price-calculation']);
    expect(await objectionsOf('office1')).toHaveLength(2);
    expect(await objectionsOf('audit1')).toHaveLength(2);
    expect((await call('hosp-bj', 'GET', `${roundId}/objections`)).status).toBe(403);
  });

  it('refuses the award while the period runs and objections are open', async () => {
    const res = await call('office1', 'POST', `${roundId}/award`);
    expectProblem(res, 409, 'INVALID_STATE');
    expect(res.body.refusal).toBe('OBJECTION_PERIOD_RUNNING');
  });

  it('an upheld objection re-runs the evaluation with the correction and republishes', async () => {
    const [filed] = await objectionsOf('comp-d');
    const correction = {
      bidCompanyId: world['comp-b'].organisationId,
      productCode: 'P1',
      field: 'creditRank',
      value: 3,
    };
    const wrong = await call('office1', 'POST', `${roundId}/objections/${filed.id}/answer`, {
      decision: 'upheld',
      answer: '经核实',
      correction: { ...correction, bidCompanyId: world['comp-e'].organisationId },
    });
    expectProblem(wrong, 400, 'VALIDATION_FAILED');
    const res = await call('office1', 'POST', `${roundId}/objections/${filed.id}/answer`, {
      decision: 'upheld',
      answer: '经核实，B 企业信用评级为严重失信',
      correction,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'upheld', correction });
    expect((await call(null, 'GET', `${roundId}/evaluation`)).body).toMatchObject({
      seq: 2,
      reason: 'objection',
    });

    const input = await call(null, 'GET', `${roundId}/evaluation/input.json`);
    const output = await call(null, 'GET', `${roundId}/evaluation/output.json`);
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
    const res = await call('office1', 'POST', `${roundId}/objections/${other.id}/answer`, {
      decision: 'rejected',
      answer: '计算无误',
    });
    expect(res.body).toMatchObject({ status: 'rejected', answer: '计算无误', correction: null });
    expect((await call(null, 'GET', `${roundId}/evaluation`)).body.seq).toBe(2);
    const again = await call('office1', 'POST', `${roundId}/objections/${other.id}/answer`, {
      decision: 'rejected',
      answer: '再次',
    });
    expectProblem(again, 409, 'CONFLICT');
  });

  it('fixes the award only once the objection period has ended on the database clock', async () => {
    await setPlatformClock(t.db, at('2027-03-04', '16:59'));
    const early = await call('office1', 'POST', `${roundId}/award`);
    expect(early.body.refusal).toBe('OBJECTION_PERIOD_RUNNING');
    await setPlatformClock(t.db, at('2027-03-04', '17:00'));
    expectProblem(await call('comp-a', 'POST', `${roundId}/objections`, objection), 409, 'DEADLINE_PASSED');
    const res = await call('office1', 'POST', `${roundId}/award`);
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('awarded');
  });
});
